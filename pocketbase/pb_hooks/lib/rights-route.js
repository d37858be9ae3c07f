// The rights of persons, for administrators (pb_hooks/16_rights.pb.js): what is held about a person (by
// e-mail address or reference, lib/rights-view.js) and its export with the files, the correction of a
// complaint's contact, the erasure of a complaint (lib/anonymise.js, as the retention job does it) or of a
// suggestion at once. The checks are in lib/rights.js; the citizen's own request is in lib/track-route.js.
const lib = (name) => require(`${__hooks}/lib/${name}`);

/** The signed-in administrator: 401 for anyone not staff, 403 for agents and referents. */
function adminOf(e) {
	const { callerOf } = lib('caller.js');
	const caller = callerOf(e.auth);
	if (caller.kind !== 'staff') throw new UnauthorizedError('Staff only.');
	if (caller.role !== 'admin') throw new ForbiddenError('Administrators only.');
	return caller;
}

function refuse(e, errors) {
	const { badRequest } = lib('responses.js');
	const { messageOf } = lib('rights.js');
	return badRequest(e, messageOf(errors), errors);
}

function answerRights(e, withContent) {
	const { readRightsQuery } = lib('rights.js');
	const { personData } = lib('rights-view.js');
	adminOf(e);
	const params = e.request.url.query();
	const checked = readRightsQuery({ email: params.get('email'), reference: params.get('reference') });
	if (checked.errors) return refuse(e, checked.errors);
	return e.json(200, personData(e.app, checked.query, withContent));
}

/** GET /api/qep/rights?email=…|reference=… — everything held about a person (right of access). */
const handleRights = (e) => answerRights(e, false);

/** GET /api/qep/rights/export?email=…|reference=… — the same, each attachment with its bytes. */
const handleExport = (e) => answerRights(e, true);

/**
 * POST /api/qep/complaints/{id}/contact — rectification of the contact fields, in SQL so that `updated`
 * (from which the retention counts) does not move; the trail names the fields changed, never their values.
 */
function handleContact(e) {
	const { findOrNull } = lib('caller.js');
	const { jsonBody } = lib('responses.js');
	const { fromRecordErrors } = lib('record-errors.js');
	const { appendEvent } = lib('trail.js');
	const { CONTACT_FIELDS, checkCorrection } = lib('rights.js');
	const caller = adminOf(e);
	const body = jsonBody(e);
	let refused = null;
	let contact = null;
	e.app.runInTransaction((tx) => {
		const complaint = findOrNull(tx, 'complaints', e.request.pathValue('id'));
		if (!complaint) throw new NotFoundError('No such complaint.');
		if (complaint.getString('anonymised_at')) {
			refused = { id: 'anonymised' };
			return;
		}
		const stored = {};
		for (const field of CONTACT_FIELDS) stored[field] = complaint.getString(field);
		const checked = checkCorrection(body, stored);
		if (checked.errors) {
			refused = checked.errors;
			return;
		}
		// The record's own field rules stand behind ours, as at intake (PocketBase's e-mail format).
		for (const [field, value] of Object.entries(checked.values)) complaint.set(field, value);
		try {
			tx.validate(complaint);
		} catch (/** @type {any} */ err) {
			const data = err && err.value ? new BadRequestError('', err.value).data : null;
			refused = fromRecordErrors(data && JSON.parse(JSON.stringify(data))) || { body: 'invalid' };
			return;
		}
		if (checked.changed.length > 0) {
			const set = checked.changed.map((field) => `${field} = {:${field}}`).join(', ');
			const values = {};
			for (const field of checked.changed) values[field] = checked.values[field];
			tx.db()
				.newQuery(`UPDATE complaints SET ${set} WHERE id = {:id}`)
				.bind({ ...values, id: complaint.id })
				.execute();
			appendEvent(tx, complaint.id, caller.id, 'corrected', { fields: checked.changed });
		}
		contact = { id: complaint.id, ...stored, ...checked.values };
	});
	if (refused) return refuse(e, refused);
	return e.json(200, { complaint: contact });
}

/** POST /api/qep/complaints/{id}/erase { reason } — erasure now, at a person's request (right to erasure). */
function handleEraseComplaint(e) {
	const { findOrNull } = lib('caller.js');
	const { jsonBody } = lib('responses.js');
	const { checkReason, erasureCheck } = lib('rights.js');
	const { anonymiseComplaint } = lib('anonymise.js');
	const caller = adminOf(e);
	const checked = checkReason(jsonBody(e));
	if (checked.errors) return refuse(e, checked.errors);
	const complaint = findOrNull(e.app, 'complaints', e.request.pathValue('id'));
	if (!complaint) throw new NotFoundError('No such complaint.');
	const outcome = anonymiseComplaint(
		e.app,
		complaint.id,
		{ by: 'request', reason: checked.reason, actor: caller.id },
		{ check: erasureCheck(new Date().toISOString().slice(0, 10)) }
	);
	if (outcome.refused) return refuse(e, { id: outcome.refused });
	return e.json(200, { complaint: { id: complaint.id, anonymised_at: outcome.anonymised_at } });
}

/**
 * POST /api/qep/suggestions/{id}/erase { reason } — the e-mail blanked, the text replaced by the
 * retention's mention, when and why kept on the suggestion (it has no trail).
 */
function handleEraseSuggestion(e) {
	const { findOrNull } = lib('caller.js');
	const { jsonBody } = lib('responses.js');
	const { checkReason } = lib('rights.js');
	const { MENTION } = lib('anonymise.js');
	adminOf(e);
	const checked = checkReason(jsonBody(e));
	if (checked.errors) return refuse(e, checked.errors);
	let result = null;
	e.app.runInTransaction((tx) => {
		const suggestion = findOrNull(tx, 'suggestions', e.request.pathValue('id'));
		if (!suggestion) throw new NotFoundError('No such suggestion.');
		if (suggestion.getString('anonymised_at')) return;
		const now = new Date().toISOString();
		// Sealed: changed in SQL, under this rule only (lib/append-only.js).
		tx.db()
			.newQuery(
				`UPDATE suggestions SET email = '', text = {:text}, anonymised_at = {:now}, anonymised_reason = {:reason}
				 WHERE id = {:id} AND anonymised_at = ''`
			)
			.bind({ text: MENTION.text, now: now.replace('T', ' '), reason: checked.reason, id: suggestion.id })
			.execute();
		result = { suggestion: { id: suggestion.id, anonymised_at: now } };
	});
	if (!result) return refuse(e, { id: 'anonymised' });
	return e.json(200, result);
}

module.exports = { handleRights, handleExport, handleContact, handleEraseComplaint, handleEraseSuggestion };
