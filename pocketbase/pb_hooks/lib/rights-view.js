// What is held about a person (RGPD art. 15), as an administrator reads it (GET /api/qep/rights) and
// exports it with the files' bytes (GET /api/qep/rights/export): their complaints, whole, with their files
// and trail, and their suggestions. The route checks who asks and what (lib/rights-route.js).
/* global toBytes */
const lib = (name) => require(`${__hooks}/lib/${name}`);

/** One stored file: its name and size, and with `withContent` its type and bytes (base64 in the JSON). */
function attachmentOf(fs, key, name, withContent) {
	let attributes;
	try {
		attributes = fs.attributes(key);
	} catch {
		// Gone from storage (a restore without its files): said, not hidden.
		return withContent ? { name, size: 0, type: '', content: '' } : { name, size: 0 };
	}
	if (!withContent) return { name, size: attributes.size };
	const reader = fs.getReader(key);
	try {
		// A Go byte slice: PocketBase's JSON encoder writes it as base64.
		return { name, size: attributes.size, type: attributes.contentType, content: toBytes(reader) };
	} finally {
		reader.close();
	}
}

/** The complaint's trail, oldest first, with the name of who acted ('' for the system and the citizen). */
function trailOf(app, complaintId) {
	const { queryRows } = lib('query-rows.js');
	const { isoOf } = lib('complaint-receipt.js');
	const rows = queryRows(
		app,
		`SELECT e.type, e.created, e.data, COALESCE(s.name, '') AS actor
		 FROM complaint_events e LEFT JOIN staff s ON s.id = e.actor
		 WHERE e.complaint = {:id} ORDER BY e.created, e.rowid`,
		{ id: complaintId },
		{ type: '', created: '', data: '', actor: '' }
	);
	return rows.map((r) => ({
		type: r.type,
		at: isoOf(r.created),
		actor: r.actor,
		data: (r.data && JSON.parse(r.data)) || {}
	}));
}

const TEXTS = [
	'id',
	'reference',
	'kind',
	'channel',
	'status',
	'service',
	'subject',
	'description',
	'contact_name',
	'contact_email',
	'contact_phone',
	'contact_address'
];
const DATES = ['received_at', 'deadline_at', 'answered_at', 'anonymised_at', 'erasure_requested_at'];

/** What an administrator sees of one complaint (contract: GET /api/qep/rights). */
function complaintOf(app, fs, complaint, withContent) {
	const { isoOf } = lib('complaint-receipt.js');
	const site = app.findRecordById('sites', complaint.getString('site'));
	const view = {};
	for (const name of TEXTS) view[name] = complaint.getString(name);
	view.site = { id: site.id, name: site.getString('name') };
	for (const name of DATES) view[name] = isoOf(complaint.getString(name));
	view.answer = complaint.getString('answer');
	view.hold_until = complaint.getString('hold_until');
	view.hold_reason = complaint.getString('hold_reason');
	view.attachments = complaint
		.getStringSlice('attachments')
		.map((name) => attachmentOf(fs, `${complaint.baseFilesPath()}/${name}`, name, withContent));
	view.trail = trailOf(app, complaint.id);
	return view;
}

/** The complaints whose contact is that address (case aside), or the one with that reference; newest first. */
function complaintsOf(app, query) {
	const { queryRows } = lib('query-rows.js');
	const where =
		'email' in query
			? "contact_email != '' AND LOWER(contact_email) = LOWER({:email})"
			: 'reference = {:reference}';
	return queryRows(
		app,
		`SELECT id FROM complaints WHERE ${where} ORDER BY received_at DESC, created DESC`,
		query,
		{ id: '' }
	).map((row) => app.findRecordById('complaints', row.id));
}

/** The suggestions left with that address (case aside); none for a reference, which they do not have. */
function suggestionsOf(app, query) {
	if (!('email' in query)) return [];
	const { queryRows } = lib('query-rows.js');
	const { isoOf } = lib('complaint-receipt.js');
	const rows = queryRows(
		app,
		`SELECT s.id, s.site, t.name AS siteName, s.channel, s.day, s.text, s.email, s.status, s.anonymised_at
		 FROM suggestions s JOIN sites t ON t.id = s.site
		 WHERE s.email != '' AND LOWER(s.email) = LOWER({:email}) ORDER BY s.day DESC, s.rowid DESC`,
		query,
		{
			id: '',
			site: '',
			siteName: '',
			channel: '',
			day: '',
			text: '',
			email: '',
			status: '',
			anonymised_at: ''
		}
	);
	return rows.map((r) => ({
		id: r.id,
		site: { id: r.site, name: r.siteName },
		channel: r.channel,
		day: r.day,
		text: r.text,
		email: r.email,
		status: r.status,
		anonymised_at: isoOf(r.anonymised_at)
	}));
}

/**
 * Everything held about the person of `query` (an e-mail address, case aside, or one reference).
 * @param {{ email: string } | { reference: string }} query as lib/rights.js `readRightsQuery` read it
 * @param {boolean} withContent each attachment with its type and bytes
 */
function personData(app, query, withContent) {
	const fs = app.newFilesystem();
	try {
		return {
			query,
			generatedAt: new Date().toISOString(),
			complaints: complaintsOf(app, query).map((c) => complaintOf(app, fs, c, withContent)),
			suggestions: suggestionsOf(app, query)
		};
	} finally {
		fs.close();
	}
}

module.exports = { personData };
