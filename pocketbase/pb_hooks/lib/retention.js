// The retention the privacy notice promises, enforced (pb_hooks/14_retention.pb.js, every night): once the
// policy's retention_months have passed,
// - a complaint or information request answered or closed, untouched since, loses its personal data
//   (lib/anonymise.js: contact fields, tracking-token hash and attachments erased, files removed from
//   storage; subject, text, answer and internal notes replaced by a fixed mention; what the statistics read
//   stays; one `anonymised` event in its trail);
// - suggestions lose their e-mail address and text (they stay counted), survey responses their free
//   comment (the answers stay).
// An item whose erasure the citizen asked for from the tracking page while an administrator held it is
// erased as soon as the hold has ended, whatever is left of the period (`by: "citizen"`).
// Sealed records change here in SQL only, under this rule (lib/append-only.js guards everything else).
// Idempotent: what is done is not done again. An item an administrator holds is skipped through its
// hold's last day (lib/holds.js).

const lib = (name) => require(typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);
const { queryRows } = lib('query-rows.js');
const { MENTION, anonymiseComplaint } = lib('anonymise.js');

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
 * Runs the retention now. Returns what it did (`requested`: how many of the complaints were erased at
 * their person's request, once their hold had ended).
 * @returns {{ cutoff: string, complaints: number, requested: number, files: number, suggestions: number,
 *   comments: number }}
 */
function runRetention(app, nowISO) {
	const policy = app.findFirstRecordByFilter('policies', '1=1');
	const months = policy.getInt('retention_months');
	const cutoff = retentionCutoff(nowISO, months);
	const due = queryRows(
		app,
		`SELECT id, CASE WHEN erasure_requested_at = '' THEN 'retention' ELSE 'citizen' END AS decided_by
		 FROM complaints
		 WHERE status IN ('answered', 'closed') AND anonymised_at = ''
		 AND (updated < {:cutoff} OR erasure_requested_at != '')
		 AND (hold_until = '' OR hold_until < {:today})`,
		{ cutoff: cutoff.stored, today: nowISO.slice(0, 10) },
		{ id: '', decided_by: '' }
	);
	const done = { cutoff: cutoff.day, complaints: 0, requested: 0, files: 0, suggestions: 0, comments: 0 };
	for (const item of due) {
		const requested = item.decided_by === 'citizen';
		const why = requested ? { by: 'citizen' } : { by: 'retention', retentionMonths: months };
		const outcome = anonymiseComplaint(app, item.id, why, { nowISO });
		if (outcome.refused) continue; // anonymised meanwhile, by a request
		done.complaints += 1;
		if (requested) done.requested += 1;
		done.files += outcome.files;
	}
	// A suggestion's text may hold personal data as much as its address: both go, as an erasure on request
	// does it (lib/rights-route.js), and the suggestion stays counted.
	done.suggestions = app
		.db()
		.newQuery(
			`UPDATE suggestions SET email = '', text = {:text}, anonymised_at = {:now}
			 WHERE anonymised_at = '' AND day < {:day}`
		)
		.bind({ text: MENTION.text, now: nowISO.replace('T', ' '), day: cutoff.day })
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

module.exports = { shiftMonths, retentionCutoff, runRetention };
