// Reads the body of POST /api/qep/complaints: JSON `{items}` with 1 to 20 items, or multipart/form-data
// whose `payload` field holds the same JSON with exactly one item (its files come in `attachments`).

/** At most this many items in one JSON request. */
const MAX_ITEMS = 20;

/**
 * @param {string} text the JSON body, or the multipart `payload` field
 * @param {boolean} multipart
 * @returns {{ items: any[] } | { error: string }} `error`: why the request is refused as a whole (400)
 */
function readItems(text, multipart) {
	let body;
	try {
		body = JSON.parse(text);
	} catch {
		return { error: multipart ? 'The payload field is not JSON.' : 'The body is not JSON.' };
	}
	const items = body !== null && typeof body === 'object' ? body.items : undefined;
	if (!Array.isArray(items)) return { error: 'Expected an items array.' };
	if (multipart && items.length !== 1) return { error: 'A multipart request carries exactly one item.' };
	if (items.length === 0 || items.length > MAX_ITEMS) return { error: `Expected 1 to ${MAX_ITEMS} items.` };
	return { items };
}

module.exports = { readItems, MAX_ITEMS };
