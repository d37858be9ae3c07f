// The one way a complaint or information request loses its personal data, whoever decides it: the
// retention job at the end of the period (`retention`), an administrator at a person's request
// (`request`), the citizen from the tracking page (`citizen`). In one transaction: contact fields,
// tracking-token hash and attachment names are blanked; subject, text, answer and internal notes become a
// fixed mention; what statistics read stays; the trail gets one `anonymised` event. Then, committed, the
// files leave storage. Sealed fields change here in SQL only (lib/append-only.js guards everything else).

const lib = (name) => require(typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);

/** The mentions that replace a visitor's and the staff's words. */
const MENTION = {
	subject: 'Données effacées',
	text: 'Contenu effacé pour protéger les données personnelles.',
	name: 'Anonyme'
};

/**
 * Who decided, in the trail event: `by`, the reason of a request, the job's period; `files` last.
 * @param {{ by: string, reason?: string, retentionMonths?: number }} why
 * @param {number} files
 */
function anonymisedEvent({ by, reason, retentionMonths }, files) {
	/** @type {Record<string, unknown>} */
	const data = { by };
	if (reason) data.reason = reason;
	if (retentionMonths !== undefined) data.retention_months = retentionMonths;
	data.files = files;
	return data;
}

/**
 * Anonymises one complaint, unless it already is or `check` refuses it (both read inside the transaction).
 * @param {any} app
 * @param {string} id the complaint's id (it must exist)
 * @param {{ by: 'retention'|'request'|'citizen', reason?: string, actor?: string, retentionMonths?: number }} why
 * @param {{ nowISO?: string, check?: (complaint: any) => string | null }} [options] `nowISO`: the instant
 *   recorded (the job's, which may be a drill's); `check`: a refusal code, or null to go ahead
 * @returns {{ refused?: string, files?: number, anonymised_at?: string }} `refused` is `anonymised`
 *   when it already was, else `check`'s code
 */
function anonymiseComplaint(app, id, why, options = {}) {
	const { appendEvent } = lib('trail.js');
	const nowISO = options.nowISO || new Date().toISOString();
	/** @type {{ refused?: string, files?: number, anonymised_at?: string }} */
	let outcome = null;
	let collectionId = '';
	app.runInTransaction((tx) => {
		const complaint = tx.findRecordById('complaints', id);
		collectionId = complaint.collection().id;
		if (complaint.getString('anonymised_at')) {
			outcome = { refused: 'anonymised' };
			return;
		}
		const refused = options.check ? options.check(complaint) : null;
		if (refused) {
			outcome = { refused };
			return;
		}
		const files = complaint.getStringSlice('attachments').length;
		tx.db()
			.newQuery(
				`UPDATE complaints SET subject = {:subject}, description = {:text}, contact_name = {:name},
				 contact_email = '', contact_address = '', contact_phone = '', tracking_token_hash = '',
				 attachments = '[]', answer = CASE WHEN answer = '' THEN '' ELSE {:text} END,
				 anonymised_at = {:now}
				 WHERE id = {:id} AND anonymised_at = ''`
			)
			.bind({ ...MENTION, now: nowISO.replace('T', ' '), id })
			.execute();
		tx.db()
			.newQuery(
				`UPDATE complaint_events SET data = json_object('text', {:text})
				 WHERE complaint = {:id} AND type = 'note'`
			)
			.bind({ text: MENTION.text, id })
			.execute();
		appendEvent(tx, id, why.actor || '', 'anonymised', anonymisedEvent(why, files));
		outcome = { files, anonymised_at: nowISO };
	});
	if (outcome.refused) return outcome;
	// Committed: now the files (and their thumbnails), which no record points to any more.
	const fs = app.newFilesystem();
	try {
		fs.deletePrefix(`${collectionId}/${id}/`);
	} finally {
		fs.close();
	}
	return outcome;
}

module.exports = { MENTION, anonymisedEvent, anonymiseComplaint };
