// The record API's JSON bodies, checked before PocketBase handles them: a body it cannot parse (nesting past
// its decoder's depth) would get a bare "Something went wrong"; text it can parse but not keep (bytes that
// are not UTF-8, lone surrogates, controls) would be stored damaged; and values of another type would be
// cast into plausible ones (see record-types.js). Each gets a code per field instead.

const lib = (name) => (typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);
const { isCleanText } = require(lib('values.js'));
const { typeErrors } = require(lib('record-types.js'));

/** Nesting no record of this product needs (a question's labels are two levels deep). */
const MAX_DEPTH = 16;
/** The most a record's JSON body may weigh; a batch's (the batch API's own limit is 8 MB). */
const BODY_MAX_BYTES = 1 << 20;
const BATCH_MAX_BYTES = 8 << 20;
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
 * Field → code for a record body: the body itself (`body: invalid` when it is not a JSON object), each
 * top-level field whose value is too deep or holds damaged text, and each value not of its field's type.
 * @param {string} raw
 * @param {{ name: string, type: string, maxSelect?: number }[]} fields the collection's
 * @returns {Record<string, string>}
 */
function bodyErrors(raw, fields) {
	let body;
	try {
		body = raw.trim() === '' ? {} : JSON.parse(raw);
	} catch {
		return { body: 'invalid' };
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return { body: 'invalid' };
	const errors = {};
	for (const key of Object.keys(body)) {
		if (!isCleanText(key)) errors.body = 'invalid';
		else if (valueCode(body[key])) errors[key] = 'invalid';
	}
	return { ...typeErrors(fields, body), ...errors };
}

/** The collection's fields as record-types.js reads them, or null for no such (or a system) collection. */
function fieldsOf(app, name) {
	let collection;
	try {
		collection = app.findCollectionByNameOrId(name);
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
 * Field → code for a batch's record writes (`requests.<i>.<field>`): each sub-request that creates or
 * updates a record is checked as if it came alone (PocketBase runs them past the router's middlewares).
 */
function batchErrors(app, raw) {
	let batch;
	try {
		batch = JSON.parse(raw);
	} catch {
		return { body: 'invalid' };
	}
	const requests = batch !== null && typeof batch === 'object' ? batch.requests : undefined;
	if (!Array.isArray(requests)) return {};
	const errors = {};
	requests.forEach((request, i) => {
		if (request === null || typeof request !== 'object' || !WRITES.includes(request.method)) return;
		const match = RECORDS_PATH.exec(String(request.url || '').split('?')[0]);
		const fields = match && fieldsOf(app, decodeURIComponent(match[1]));
		if (!fields) return;
		const found = bodyErrors(JSON.stringify(request.body === undefined ? {} : request.body), fields);
		for (const field of Object.keys(found)) errors[`requests.${i}.${field}`] = found[field];
	});
	return errors;
}

/**
 * Runs the record API's handler; a refusal it makes without naming a field (a create rule that fails
 * answers a bare "Failed to create record.") is answered again with a code: `body: not_allowed`.
 */
function nextWithCodes(e) {
	try {
		return e.next();
	} catch (err) {
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
	const path = e.request.url.path;
	const isBatch = path === '/api/batch';
	const match = RECORDS_PATH.exec(path);
	const fields = match && fieldsOf(e.app, decodeURIComponent(match[1]));
	if (!fields && !isBatch) return e.next();
	const { badRequest } = require(`${__hooks}/lib/responses.js`);
	const type = String(e.request.header.get('Content-Type') || '').toLowerCase();
	// A form carries every value as text: only what holds files (complaints' attachments) comes that way.
	if (type.startsWith('multipart/') || type.startsWith('application/x-www-form-urlencoded')) {
		if (isBatch) return e.next();
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
	const raw = toString(e.request.body, isBatch ? BATCH_MAX_BYTES : BODY_MAX_BYTES);
	const errors = isBatch ? batchErrors(e.app, raw) : bodyErrors(raw, fields);
	if (Object.keys(errors).length === 0) return isBatch ? e.next() : nextWithCodes(e);
	return badRequest(e, 'The body holds a value that cannot be stored as it is.', errors);
}

module.exports = { bodyErrors, guardRecordBody, MAX_DEPTH };
