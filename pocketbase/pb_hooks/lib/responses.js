// Answers for refused requests, shaped as PocketBase shapes its own validation errors:
// 400 { status, message, data: { <field>: { code, message } } }. Thrown ApiErrors would lose the codes
// (PocketBase only keeps its own validation error types in `data`). And the one way routes read a JSON
// body, so that a body that is not a JSON object gets such an answer too, never PocketBase's bare 400.
// And the 403 a revoked kiosk gets from every route it calls.
const { objectFromJson } = require(typeof __hooks === 'string' ? `${__hooks}/lib/values.js` : './values.js');

/** Bodies of the staff and kiosk routes are small: a note, an answer, a label. */
const BODY_MAX_BYTES = 256 << 10;

/** @param {Record<string, string>} errors field → code */
function badRequest(e, message, errors) {
	const data = {};
	for (const [field, code] of Object.entries(errors)) data[field] = { code, message };
	return e.json(400, { status: 400, message, data });
}

/** The request's body when it is a JSON object (of at most `maxBytes`), else null. Reads it once. */
function jsonBody(e, maxBytes = BODY_MAX_BYTES) {
	let text;
	try {
		text = toString(e.request.body, maxBytes);
	} catch {
		return null;
	}
	return objectFromJson(text);
}

/**
 * The body as PocketBase parsed it for `e.requestInfo()`, when it is an object, else null. For routes
 * that answer through PocketBase helpers which read the request info again ($apis.recordAuthResponse):
 * once jsonBody() has read the body, the request info cannot be parsed any more.
 */
function requestInfoBody(e) {
	try {
		const body = e.requestInfo().body;
		return typeof body === 'object' && body !== null && !Array.isArray(body) ? body : null;
	} catch {
		return null; // not JSON
	}
}

/** The answer to a body that is not a JSON object. */
const invalidBody = (e) => badRequest(e, 'The body must be a JSON object.', { body: 'invalid' });

/** The answer to a kiosk whose enrolment was revoked, whatever it asks for. */
const kioskRevoked = (e) =>
	e.json(403, { status: 403, code: 'kiosk_revoked', message: 'This kiosk was revoked.', data: {} });

module.exports = { badRequest, jsonBody, requestInfoBody, invalidBody, kioskRevoked, BODY_MAX_BYTES };
