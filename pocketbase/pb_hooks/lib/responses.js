// Answers for refused requests, shaped as PocketBase shapes its own validation errors:
// 400 { status, message, data: { <field>: { code, message } } }. Thrown ApiErrors would lose the codes
// (PocketBase only keeps its own validation error types in `data`).

/** @param {Record<string, string>} errors field → code */
function badRequest(e, message, errors) {
	const data = {};
	for (const [field, code] of Object.entries(errors)) data[field] = { code, message };
	return e.json(400, { status: 400, message, data });
}

module.exports = { badRequest };
