// What agents do to a complaint or information request: change its status, assign it, add an internal
// note, answer it. Each action writes the complaint and its audit event in one transaction; the answer's
// e-mail goes after the commit and its outcome joins the trail. Only staff of the item's site (or
// referents and admins) find the item at all: for anyone else it does not exist (404).
const { callerOf, findOrNull } = require(`${__hooks}/lib/caller.js`);
const { appendEvent } = require(`${__hooks}/lib/trail.js`);
const { canActOn } = require(`${__hooks}/lib/staff-access.js`);
const { transition } = require(`${__hooks}/lib/workflow.js`);
const { answerMail } = require(`${__hooks}/lib/answer-mail.js`);
const { sendMail } = require(`${__hooks}/lib/mailer.js`);
const { appUrlOf } = require(`${__hooks}/lib/mail-settings.js`);
const { badRequest, jsonBody, invalidBody } = require(`${__hooks}/lib/responses.js`);
const { isId, textCode } = require(`${__hooks}/lib/values.js`);
const { STATUSES } = require(`${__hooks}/lib/workflow.js`);
const { isoOf } = require(`${__hooks}/lib/complaint-receipt.js`);
const wd = require(`${__hooks}/lib/working-days.js`);
const { siteCalendar } = require(`${__hooks}/lib/site-calendar.js`);

// The limits of a note and of an answer, read by the desk too (src/lib/desk/refusals.ts).
const LIMITS = require(`${__hooks}/lib/limits.json`);

/** The signed-in staff member, or a 401. */
function staffOf(e) {
	const caller = callerOf(e.auth);
	if (caller.kind !== 'staff') throw new UnauthorizedError('Staff only.');
	return caller;
}

/** The signed-in referent or administrator: a 401 for anyone else signed out, a 403 for an agent. */
function managerOf(e, message = 'Only the quality referent does this.') {
	const caller = staffOf(e);
	if (caller.role !== 'referent' && caller.role !== 'admin') throw new ForbiddenError(message);
	return caller;
}

/** The complaint of the path, if the caller works for its site. */
function complaintFor(app, caller, id) {
	const complaint = findOrNull(app, 'complaints', id);
	if (!complaint || !canActOn(caller, complaint.getString('site')))
		throw new NotFoundError('No such complaint.');
	return complaint;
}

function siteOf(app, siteId) {
	return siteCalendar(app.findRecordById('sites', siteId));
}

/** The complaint's workflow fields, dates in ISO, as lib/workflow.js reads them. */
function workflowItem(complaint) {
	return {
		status: complaint.getString('status'),
		deadline_at: isoOf(complaint.getString('deadline_at')),
		waiting_since: isoOf(complaint.getString('waiting_since')),
		paused_days: complaint.getInt('paused_days'),
		first_response_at: isoOf(complaint.getString('first_response_at')),
		answered_at: isoOf(complaint.getString('answered_at'))
	};
}

/** A refusal, answered as PocketBase answers its own validation errors: 400 with the field's code. */
const refusal = (field, code, message) => ({ refused: { field, code, message } });

/** An item whose personal data the retention job erased is over: nothing more is done to it. */
const anonymised = (complaint) =>
	complaint.getString('anonymised_at')
		? refusal('id', 'anonymised', 'This item was anonymised at the end of its retention period.')
		: null;
const refuse = (e, { field, code, message }) => badRequest(e, message, { [field]: code });

/**
 * Runs `work` in a transaction. `work` returns a refusal (before writing anything) or its result.
 * @returns {{ refused?: { field: string, code: string, message: string }, value?: any }}
 */
function transact(app, work) {
	let outcome = {};
	app.runInTransaction((tx) => {
		const out = work(tx);
		outcome = out && out.refused ? out : { value: out };
	});
	return outcome;
}

/** Applies a status change (and the deadline move it may bring) with its events, in `tx`. */
function applyTransition(tx, complaint, to, nowISO, site, actorId, extra) {
	const change = transition(workflowItem(complaint), to, nowISO, site);
	if (change.error)
		return refusal('to', change.error, `Cannot go from ${complaint.getString('status')} to ${to}.`);
	for (const [key, value] of Object.entries({ ...change.patch, ...(extra || {}) })) complaint.set(key, value);
	tx.save(complaint);
	const { deadline_at: movedTo, ...after } = change.after;
	const { deadline_at: movedFrom, ...before } = change.before;
	appendEvent(tx, complaint.id, actorId, 'status_changed', { before, after });
	if (movedTo && movedTo !== movedFrom)
		appendEvent(tx, complaint.id, actorId, 'deadline_moved', {
			before: { deadline_at: movedFrom },
			after: { deadline_at: movedTo, paused_days: change.patch.paused_days }
		});
	return complaint;
}

/** The fields staff screens read after an action. */
function publicView(complaint) {
	const out = {};
	for (const key of ['id', 'reference', 'status', 'assignee', 'answer', 'answered_in_time', 'paused_days'])
		out[key] = complaint.get(key);
	for (const key of ['deadline_at', 'waiting_since', 'first_response_at', 'answered_at'])
		out[key] = isoOf(complaint.getString(key));
	return out;
}

/** POST /api/qep/complaints/{id}/status { to } */
function handleStatus(e) {
	const caller = staffOf(e);
	const body = jsonBody(e);
	if (!body) return invalidBody(e);
	const to = body.to;
	if (to === undefined || to === null || to === '')
		return refuse(e, refusal('to', 'required', 'Choose the new status.').refused);
	if (typeof to !== 'string' || !STATUSES.includes(to))
		return refuse(e, refusal('to', 'invalid', 'Not a status.').refused);
	if (to === 'answered')
		return refuse(e, refusal('to', 'answer_required', 'Answer through the answer action.').refused);
	const { refused, value } = transact(e.app, (tx) => {
		const complaint = complaintFor(tx, caller, e.request.pathValue('id'));
		const site = siteOf(tx, complaint.getString('site'));
		return (
			anonymised(complaint) || applyTransition(tx, complaint, to, new Date().toISOString(), site, caller.id)
		);
	});
	return refused ? refuse(e, refused) : e.json(200, { complaint: publicView(value) });
}

/** POST /api/qep/complaints/{id}/assign { assignee } */
function handleAssign(e) {
	const caller = staffOf(e);
	const body = jsonBody(e);
	if (!body) return invalidBody(e);
	// '' takes the item off anyone's list; anything else must be a colleague's id.
	const assignee = body.assignee;
	if (assignee === undefined || assignee === null)
		return refuse(e, refusal('assignee', 'required', 'Choose a colleague, or nobody.').refused);
	if (assignee !== '' && !isId(assignee))
		return refuse(e, refusal('assignee', 'invalid', 'Not a colleague.').refused);
	const { refused, value } = transact(e.app, (tx) => {
		const complaint = complaintFor(tx, caller, e.request.pathValue('id'));
		if (anonymised(complaint)) return anonymised(complaint);
		if (assignee) {
			const staff = findOrNull(tx, 'staff', assignee);
			const colleague = staff && {
				kind: 'staff',
				role: staff.getString('role'),
				sites: staff.getStringSlice('sites')
			};
			if (!colleague || !canActOn(colleague, complaint.getString('site')))
				return refusal('assignee', 'unknown', 'Not a colleague of this site.');
		}
		const before = complaint.getString('assignee');
		if (before === assignee) return complaint;
		complaint.set('assignee', assignee);
		tx.save(complaint);
		appendEvent(tx, complaint.id, caller.id, 'assigned', {
			before: { assignee: before },
			after: { assignee }
		});
		return complaint;
	});
	return refused ? refuse(e, refused) : e.json(200, { complaint: publicView(value) });
}

const TEXT_MESSAGES = {
	required: () => 'Write the text.',
	invalid: () => 'The text must be plain text.',
	too_short: (min) => `At least ${min} characters.`,
	too_long: (min, max) => `At most ${max} characters.`
};

/**
 * The trimmed `text` of the body, or a refusal: not a JSON object (`body`), not a string or not clean
 * (`invalid`, never coerced), nothing visible in it (`required`), too short or too long.
 */
function textOf(e, min, max) {
	const body = jsonBody(e);
	if (!body) return refusal('body', 'invalid', 'The body must be a JSON object.');
	const code = textCode(body.text, min, max);
	if (code) return refusal('text', code, TEXT_MESSAGES[code](min, max));
	return { text: body.text.trim() };
}

/** POST /api/qep/complaints/{id}/notes { text } */
function handleNote(e) {
	const caller = staffOf(e);
	const note = textOf(e, LIMITS.note.min, LIMITS.note.max);
	if (note.refused) return refuse(e, note.refused);
	const { refused, value: event } = transact(e.app, (tx) => {
		const complaint = complaintFor(tx, caller, e.request.pathValue('id'));
		return anonymised(complaint) || appendEvent(tx, complaint.id, caller.id, 'note', { text: note.text });
	});
	if (refused) return refuse(e, refused);
	return e.json(200, { event: { id: event.id, type: 'note', data: { text: note.text } } });
}

/** POST /api/qep/complaints/{id}/answer { text } */
function handleAnswer(e) {
	const caller = staffOf(e);
	const answer = textOf(e, LIMITS.answer.min, LIMITS.answer.max);
	if (answer.refused) return refuse(e, answer.refused);
	/** @type {import('./site-calendar.js').SiteCalendar} */
	let site;
	const { refused, value: updated } = transact(e.app, (tx) => {
		const complaint = complaintFor(tx, caller, e.request.pathValue('id'));
		if (anonymised(complaint)) return anonymised(complaint);
		site = siteOf(tx, complaint.getString('site'));
		return applyTransition(tx, complaint, 'answered', new Date().toISOString(), site, caller.id, {
			answer: answer.text
		});
	});
	if (refused) return refuse(e, refused);
	// Committed: now the e-mail, whose outcome joins the trail.
	const mail = sendMail(e.app, {
		to: updated.getString('contact_email'),
		...answerMail({
			language: updated.getString('language'),
			kind: updated.getString('kind'),
			reference: updated.getString('reference'),
			receivedOn: wd.receiptDate(isoOf(updated.getString('received_at')), site.timeZone),
			text: answer.text,
			service: updated.getString('service'),
			appUrl: appUrlOf(e.app),
			site
		})
	});
	appendEvent(e.app, updated.id, caller.id, 'answered', { mail });
	return e.json(200, { complaint: publicView(updated), mail });
}

module.exports = { handleStatus, handleAssign, handleNote, handleAnswer, staffOf, managerOf, siteOf };
