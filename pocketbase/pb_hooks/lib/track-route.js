// POST /api/qep/track (a citizen follows their complaint), POST /api/qep/track/erase (the citizen asks for
// its erasure) and GET /api/qep/mail-status (whether the back office can count on acknowledgements being
// e-mailed).
const { readTrackQuery, sameEmail, trackView } = require(`${__hooks}/lib/tracking.js`);
const { badRequest } = require(`${__hooks}/lib/responses.js`);
const { isoOf } = require(`${__hooks}/lib/complaint-receipt.js`);

const notFound = (e) =>
	e.json(404, { status: 404, code: 'not_found', message: 'No complaint matches.', data: {} });

function findComplaint(app, query) {
	try {
		if ('token' in query)
			return app.findFirstRecordByData('complaints', 'tracking_token_hash', $security.sha256(query.token));
		const complaint = app.findFirstRecordByData('complaints', 'reference', query.reference);
		return sameEmail(query.email, complaint.getString('contact_email')) ? complaint : null;
	} catch {
		return null;
	}
}

/** The body's {token} | {reference, email}, or the codes of what is wrong in it. */
function trackQueryOf(e) {
	let body;
	try {
		body = JSON.parse(toString(e.request.body, 4096) || 'null');
	} catch {
		body = null;
	}
	return readTrackQuery(body);
}

/** POST /api/qep/track {token} | {reference, email}: the same 404 for a wrong e-mail as for no such reference. */
function handleTrack(e) {
	const { query, errors } = trackQueryOf(e);
	if (errors) return badRequest(e, 'Expected {token} or {reference, email}.', errors);
	const complaint = findComplaint(e.app, query);
	if (!complaint) return notFound(e);
	const site = e.app.findRecordById('sites', complaint.getString('site'));
	const fields = {};
	for (const name of ['reference', 'kind', 'status', 'subject', 'description', 'service', 'answer'])
		fields[name] = complaint.getString(name);
	for (const name of ['received_at', 'deadline_at', 'answered_at'])
		fields[name] = isoOf(complaint.getString(name));
	return e.json(
		200,
		trackView(fields, {
			name: site.getString('name'),
			contact_email: site.getString('contact_email'),
			contact_address: site.getString('contact_address'),
			time_zone: site.getString('time_zone')
		})
	);
}

/**
 * Records that the citizen asked for the erasure of a held item, once (`erasure_requested_at`, in SQL so
 * that `updated` does not move, and a trail event without actor): the retention job erases it as soon as
 * the hold has ended.
 */
function requestErasure(app, complaintId) {
	const { appendEvent } = require(`${__hooks}/lib/trail.js`);
	app.runInTransaction((tx) => {
		const recorded = tx
			.db()
			.newQuery(
				`UPDATE complaints SET erasure_requested_at = {:now}
				 WHERE id = {:id} AND erasure_requested_at = '' AND anonymised_at = ''`
			)
			.bind({ now: new Date().toISOString().replace('T', ' '), id: complaintId })
			.execute()
			.rowsAffected();
		if (recorded > 0) appendEvent(tx, complaintId, '', 'erasure_requested', {});
	});
}

/**
 * POST /api/qep/track/erase {token} | {reference, email}: the citizen's own erasure (RGPD art. 17), found
 * and refused as POST /api/qep/track finds it. Erased now by the retention's own function, or, while an
 * administrator holds the item, recorded for the retention job (`deferred`). Afterwards the token and the
 * address match nothing any more: 404, as for a complaint that never was.
 */
function handleTrackErase(e) {
	const { anonymiseComplaint } = require(`${__hooks}/lib/anonymise.js`);
	const { erasureCheck } = require(`${__hooks}/lib/rights.js`);
	const { query, errors } = trackQueryOf(e);
	if (errors) return badRequest(e, 'Expected {token} or {reference, email}.', errors);
	const complaint = findComplaint(e.app, query);
	if (!complaint) return notFound(e);
	const outcome = anonymiseComplaint(
		e.app,
		complaint.id,
		{ by: 'citizen' },
		{ check: erasureCheck(new Date().toISOString().slice(0, 10)) }
	);
	if (outcome.refused === 'not_answered')
		return badRequest(e, 'The request must be answered first.', { status: 'not_answered' });
	if (outcome.refused === 'held') {
		requestErasure(e.app, complaint.id);
		return e.json(200, { outcome: 'deferred' });
	}
	// Erased meanwhile by another request: nothing matches any more.
	if (outcome.refused) return notFound(e);
	return e.json(200, { outcome: 'erased' });
}

/** GET /api/qep/mail-status: staff only. */
function mailStatus(e) {
	const auth = e.auth;
	if (!auth || !(auth.isSuperuser() || auth.collection().name === 'staff'))
		throw new UnauthorizedError('Staff only.');
	return e.json(200, { configured: e.app.settings().smtp.enabled === true });
}

module.exports = { handleTrack, handleTrackErase, mailStatus };
