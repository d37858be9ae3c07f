// The record API's JSON bodies, checked before PocketBase handles them: a body it cannot parse (nesting past
// its decoder's depth) would get a bare "Something went wrong"; text it can parse but not keep (bytes that
// are not UTF-8, lone surrogates, controls) would be stored damaged; and values of another type would be
// cast into plausible ones (see record-types.js). Each gets a code per field instead.

const lib = (name) => (typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);
const { isCleanText, objectFromJson } = require(lib('values.js'));
const { typeErrors } = require(lib('record-types.js'));

/** Nesting no record of this product needs (a question's labels are two levels deep). */
const MAX_DEPTH = 16;
/** The most a record's JSON body may weigh. */
const BODY_MAX_BYTES = 1 << 20;
const RECORDS_PATH = /^\/api\/collections\/([^/]+)\/records(\/[^/]+)?$/;

/** The first problem of a value from a JSON body: `invalid` (too deep, damaged text), or null. */
function valueCode(value, depth = 0) {
	if (depth > MAX_DEPTH) return 'invalid';
	if (typeof value === 'string') return isCleanText(value) ? null : 'invalid';
	if (Array.isArray(value)) {
		for (const item of value) if (valueCode(item, depth + 1)) return 'invalid';
		return null;
	}
	if (value !== null && typeof value === 'object') {
		for (const key of Object.keys(value))
			if (!isCleanText(key) || valueCode(value[key], depth + 1)) return 'invalid';
	}
	return null;
}

/**
 * Field → code for a record body given as JSON text: `body: invalid` when it is not a JSON object (an
 * empty body is an empty object), else what objectErrors finds.
 * @param {string} raw
 * @param {{ name: string, type: string, maxSelect?: number }[]} fields the collection's
 * @returns {Record<string, string>}
 */
function bodyErrors(raw, fields) {
	const body = raw.trim() === '' ? {} : objectFromJson(raw);
	return body ? objectErrors(body, fields) : { body: 'invalid' };
}

/**
 * Field → code for a record body as a plain object: each top-level field whose value is too deep or holds
 * damaged text (`body` for a damaged key), and each value not of its field's type.
 */
function objectErrors(body, fields) {
	const errors = {};
	for (const key of Object.keys(body)) {
		if (!isCleanText(key)) errors.body = 'invalid';
		else if (valueCode(body[key])) errors[key] = 'invalid';
	}
	return { ...typeErrors(fields, body), ...errors };
}

/** The collection's fields as record-types.js reads them, or null for no such (or a system) collection. */
function fieldsOf(app, encodedName) {
	let collection;
	try {
		collection = app.findCollectionByNameOrId(decodeURIComponent(encodedName));
	} catch {
		return null; // PocketBase answers 404 itself
	}
	if (collection.system) return null;
	const fields = [];
	for (const field of collection.fields)
		fields.push({ name: field.getName(), type: field.type(), maxSelect: field.maxSelect || 1 });
	return fields;
}

const WRITES = ['POST', 'PATCH', 'PUT'];

/**
 * Runs the record API's handler; a refusal it makes without naming a field (a create rule that fails
 * answers a bare "Failed to create record.") is answered again with a code: `body: not_allowed`.
 */
function nextWithCodes(e) {
	try {
		return e.next();
	} catch (/** @type {any} */ err) {
		const apiError = err && err.value;
		const bare = apiError && apiError.status === 400 && Object.keys(apiError.data || {}).length === 0;
		if (!bare) throw err;
		const { badRequest } = require(`${__hooks}/lib/responses.js`);
		return badRequest(e, String(apiError.message || 'Refused.'), { body: 'not_allowed' });
	}
}

/** The router middleware (goja only): checks JSON bodies sent to the record API's create and update. */
function guardRecordBody(e) {
	const method = e.request.method;
	if (!WRITES.includes(method)) return e.next();
	const match = RECORDS_PATH.exec(e.request.url.path);
	const fields = match && fieldsOf(e.app, match[1]);
	if (!fields) return e.next();
	const { badRequest } = require(`${__hooks}/lib/responses.js`);
	const type = String(e.request.header.get('Content-Type') || '').toLowerCase();
	// A form carries every value as text: only what holds files (complaints' attachments) comes that way.
	if (type.startsWith('multipart/') || type.startsWith('application/x-www-form-urlencoded')) {
		if (fields.some((f) => f.type === 'file')) return nextWithCodes(e);
		return badRequest(e, 'Send JSON.', { body: 'invalid' });
	}
	// PocketBase's own reading first: it keeps the body for the handler to read again (and caches what it
	// parsed); what its decoder refuses (too deep) is refused here with a code rather than a bare 400.
	try {
		e.requestInfo();
	} catch {
		return badRequest(e, 'The body is not JSON this server can read.', { body: 'invalid' });
	}
	const errors = bodyErrors(toString(e.request.body, BODY_MAX_BYTES), fields);
	if (Object.keys(errors).length === 0) return nextWithCodes(e);
	return badRequest(e, 'The body holds a value that cannot be stored as it is.', errors);
}

/**
 * The batch hook (goja only): each sub-request that creates or updates a record is checked as if it came
 * alone, from the batch as PocketBase decoded it (whatever the case of its keys, JSON or multipart with
 * `@jsonPayload`); refusals are named `requests.<i>.<field>`. Uploaded files are PocketBase's to check.
 */
function guardBatch(e) {
	const errors = {};
	const requests = e.batch || [];
	for (let i = 0; i < requests.length; i++) {
		const request = requests[i];
		if (!request || !WRITES.includes(request.method)) continue;
		const match = RECORDS_PATH.exec(String(request.url).split('?')[0]);
		if (!match) continue;
		try {
			decodeURIComponent(match[1]);
		} catch {
			errors[`requests.${i}.url`] = 'invalid'; // a malformed %-escape
			continue;
		}
		const fields = fieldsOf(e.app, match[1]);
		if (!fields) continue;
		const files = fields.filter((f) => f.type === 'file').map((f) => f.name);
		// Go's decoded values, made plain JavaScript ones (Go slices are no JS arrays).
		const body = JSON.parse(JSON.stringify(request.body || {}));
		for (const key of Object.keys(body)) if (files.includes(key.replace(/^\+|[+-]$/g, ''))) delete body[key];
		const found = objectErrors(body, fields);
		for (const field of Object.keys(found)) errors[`requests.${i}.${field}`] = found[field];
	}
	if (Object.keys(errors).length === 0) return e.next();
	const { badRequest } = require(`${__hooks}/lib/responses.js`);
	return badRequest(e, 'A request of the batch holds a value that cannot be stored as it is.', errors);
}

module.exports = { bodyErrors, guardRecordBody, guardBatch, MAX_DEPTH };
