// The retention the privacy notice promises, enforced (pb_hooks/14_retention.pb.js, every night): once the
// policy's retention_months have passed,
// - a complaint or information request answered or closed, untouched since, loses its personal data:
//   contact fields, tracking-token hash and attachments (files removed from storage) are erased; its
//   subject, text, answer and internal notes are replaced by a fixed mention; what the statistics read
//   stays (kind, channel, site, service, engagement, dates, deadline, pauses, answered in time); its trail
//   gets one `anonymised` event;
// - suggestions lose their e-mail address and survey responses their free comment (the answers stay).
// Sealed records change here in SQL only, under this rule (lib/append-only.js guards everything else).
// Idempotent: what is done is not done again. An item an administrator holds is skipped through its
// hold's last day (lib/holds.js).

const lib = (name) => require(typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);
const { queryRows } = lib('query-rows.js');
const { appendEvent } = lib('trail.js');

/** The mentions that replace a visitor's and the staff's words. */
const MENTION = {
	subject: 'Données effacées',
	text: 'Contenu effacé à l’issue de la durée de conservation.',
	name: 'Anonyme'
};

/**
 * The instant `months` calendar months after `iso` (before, when negative); the 31st falls back to the
 * target month's last day. ISO in, ISO out.
 */
function shiftMonths(iso, months) {
	const from = new Date(iso);
	const target = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(from.getUTCDate(), lastDay));
	target.setUTCHours(
		from.getUTCHours(),
		from.getUTCMinutes(),
		from.getUTCSeconds(),
		from.getUTCMilliseconds()
	);
	return target.toISOString();
}

/**
 * What was last touched before this instant is past its retention at `nowISO`: `months` months earlier, in
 * PocketBase's stored date format ("YYYY-MM-DD HH:MM:SS.sssZ"), and its day.
 */
function retentionCutoff(nowISO, months) {
	const iso = shiftMonths(nowISO, -months);
	return { stored: iso.replace('T', ' '), day: iso.slice(0, 10) };
}

/**
 * Runs the retention now. Returns what it did.
 * @returns {{ cutoff: string, complaints: number, files: number, suggestions: number, comments: number }}
 */
function runRetention(app, nowISO) {
	const policy = app.findFirstRecordByFilter('policies', '1=1');
	const months = policy.getInt('retention_months');
	const cutoff = retentionCutoff(nowISO, months);
	const now = nowISO.replace('T', ' ');
	const complaints = app.findCollectionByNameOrId('complaints');
	const due = queryRows(
		app,
		`SELECT id, attachments FROM complaints
		 WHERE status IN ('answered', 'closed') AND anonymised_at = '' AND updated < {:cutoff}
		 AND (hold_until = '' OR hold_until < {:today})`,
		{ cutoff: cutoff.stored, today: nowISO.slice(0, 10) },
		{ id: '', attachments: '' }
	);
	const done = { cutoff: cutoff.day, complaints: 0, files: 0, suggestions: 0, comments: 0 };
	const fs = app.newFilesystem();
	try {
		for (const item of due) {
			const files = JSON.parse(item.attachments || '[]');
			app.runInTransaction((tx) => {
				tx.db()
					.newQuery(
						`UPDATE complaints SET subject = {:subject}, description = {:text}, contact_name = {:name},
						 contact_email = '', contact_address = '', contact_phone = '', tracking_token_hash = '',
						 attachments = '[]', answer = CASE WHEN answer = '' THEN '' ELSE {:text} END,
						 anonymised_at = {:now}
						 WHERE id = {:id} AND anonymised_at = ''`
					)
					.bind({ ...MENTION, now, id: item.id })
					.execute();
				tx.db()
					.newQuery(
						`UPDATE complaint_events SET data = json_object('text', {:text})
						 WHERE complaint = {:id} AND type = 'note'`
					)
					.bind({ text: MENTION.text, id: item.id })
					.execute();
				appendEvent(tx, item.id, '', 'anonymised', {
					by: 'retention',
					retention_months: months,
					files: files.length
				});
			});
			// Committed: now the files, which no record points to any more.
			fs.deletePrefix(`${complaints.id}/${item.id}/`);
			done.complaints += 1;
			done.files += files.length;
		}
	} finally {
		fs.close();
	}
	done.suggestions = app
		.db()
		.newQuery("UPDATE suggestions SET email = '' WHERE email != '' AND day < {:day}")
		.bind({ day: cutoff.day })
		.execute()
		.rowsAffected();
	done.comments = app
		.db()
		.newQuery("UPDATE survey_responses SET comment = '' WHERE comment != '' AND day < {:day}")
		.bind({ day: cutoff.day })
		.execute()
		.rowsAffected();
	return done;
}

module.exports = { MENTION, shiftMonths, retentionCutoff, runRetention };
