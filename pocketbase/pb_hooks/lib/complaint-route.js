// POST /api/qep/complaints: complaints, information requests and suggestions made on devices (web page
// or lobby kiosk), idempotent on the item's id, with a verdict per item. See complaint-store.js.
const { badRequest, kioskRevoked } = require(`${__hooks}/lib/responses.js`);
const { callerOf } = require(`${__hooks}/lib/caller.js`);
const { isId, isObject } = require(`${__hooks}/lib/values.js`);
const { readItems } = require(`${__hooks}/lib/intake-body.js`);
const { intakeComplaint, intakeSuggestion } = require(`${__hooks}/lib/complaint-store.js`);
const { acknowledge } = require(`${__hooks}/lib/ack-send.js`);

/** The body's items, from JSON or from a multipart request's `payload` field, and its files. */
function readRequest(e) {
	const multipart = (e.request.header.get('Content-Type') || '')
		.toLowerCase()
		.startsWith('multipart/form-data');
	let text;
	try {
		text = multipart ? e.request.formValue('payload') : toString(e.request.body, 1 << 20);
	} catch {
		text = ''; // an unreadable body is no JSON: refused below
	}
	const read = readItems(text || '', multipart);
	if (read.error) return { error: read.error };
	let files = [];
	if (multipart) {
		try {
			files = e.findUploadedFiles('attachments');
		} catch {
			files = []; // no file in that field
		}
	}
	return { items: read.items, files };
}

/** The route handler. */
function handleComplaints(e) {
	const { items, files, error } = readRequest(e);
	if (error) return badRequest(e, error, { items: 'invalid' });
	const caller = callerOf(e.auth);
	if (caller.kind === 'kiosk' && caller.status !== 'active') return kioskRevoked(e);
	const results = [];
	const pending = [];
	for (const item of items) {
		const id = isObject(item) ? item.id : undefined;
		let outcome;
		// The id is echoed back only when it is text: the device matches verdicts to its items by it.
		if (!isId(id))
			outcome = {
				result: { id: typeof id === 'string' ? id : '', status: 'rejected', errors: { id: 'invalid' } }
			};
		else if (item.type === 'complaint') outcome = intakeComplaint(e.app, caller, item, files);
		else if (item.type === 'suggestion') outcome = intakeSuggestion(e.app, caller, item, files);
		else outcome = { result: { id, status: 'rejected', errors: { type: 'invalid' } } };
		results.push(outcome.result);
		if (outcome.pending) pending.push(outcome);
	}
	// Every item is committed by now: a slow or failing relay delays the answer, never loses a complaint.
	for (const { result, pending: ack } of pending) {
		try {
			result.receipt.ack = acknowledge(e.app, ack);
		} catch (err) {
			// The complaint is stored; only its acknowledgement's outcome could not be recorded.
			e.app.logger().error('Acknowledgement not recorded', 'complaint', result.id, 'error', String(err));
			result.receipt.ack = 'failed';
		}
	}
	return e.json(200, { results });
}

module.exports = { handleComplaints };
