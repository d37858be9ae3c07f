// POST /api/qep/track (a citizen follows their complaint) and GET /api/qep/mail-status (whether the
// back office can count on acknowledgements being e-mailed).
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

/** POST /api/qep/track {token} | {reference, email}: the same 404 for a wrong e-mail as for no such reference. */
function handleTrack(e) {
	let body;
	try {
		body = JSON.parse(toString(e.request.body, 4096) || 'null');
	} catch {
		body = null;
	}
	const { query, errors } = readTrackQuery(body);
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

/** GET /api/qep/mail-status: staff only. */
function mailStatus(e) {
	const auth = e.auth;
	if (!auth || !(auth.isSuperuser() || auth.collection().name === 'staff'))
		throw new UnauthorizedError('Staff only.');
	return e.json(200, { configured: e.app.settings().smtp.enabled === true });
}

module.exports = { handleTrack, mailStatus };
