// The e-mail of each opened threshold alert, sent once (issue 18): the job claims an alert by setting its
// `mailed_at` (one statement: two runs at once cannot both claim it), then writes to the referents, and to
// the site's agents when the policy says so. When the relay refused every copy, the claim is given back and
// the next run tries again; without a relay, or with nobody to write to, nothing more is tried.
const lib = (name) => require(typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);
const { alertOpenedMail, alertWeeklyMail } = lib('alert-mail.js');
const { sendMail } = lib('mailer.js');
const { appUrlOf } = lib('mail-settings.js');
const { placeNameOf } = lib('alert-place.js');

const emails = (app, filter, params) =>
	app.findRecordsByFilter('staff', filter, 'email', 0, 0, params).map((r) => r.getString('email'));

/** The referents' addresses (the administrators' when there is no referent). */
function referentsOf(app) {
	const referents = emails(app, "role = 'referent'");
	return referents.length > 0 ? referents : emails(app, "role = 'admin'");
}

/** Who hears of an alert: the referents, and the site's agents when the policy says so. */
function recipientsOf(app, alert, notifyAgents) {
	const site = alert.getString('site');
	const agents = notifyAgents && site ? emails(app, "role = 'agent' && sites.id ?= {:site}", { site }) : [];
	return [...new Set([...referentsOf(app), ...agents])];
}

/** Claims the alert's e-mail: true when this run is the one to send it. */
function claim(app, id, nowISO) {
	return (
		app
			.db()
			.newQuery("UPDATE alerts SET mailed_at = {:now} WHERE id = {:id} AND mailed_at = ''")
			.bind({ now: nowISO.replace('T', ' '), id })
			.execute()
			.rowsAffected() === 1
	);
}

/** Gives the claim back: the next run tries again. */
function unclaim(app, id) {
	app.db().newQuery("UPDATE alerts SET mailed_at = '' WHERE id = {:id}").bind({ id }).execute();
}

/** Writes the opening e-mail of a claimed alert; false when the relay refused every copy. */
function mailOne(app, policy, alert) {
	const mail = alertOpenedMail({
		kind: /** @type {'lasting' | 'sudden'} */ (alert.getString('kind')),
		place: placeNameOf(app, alert),
		openedOn: alert.getString('opened_on'),
		threshold: policy.threshold,
		window: policy.window,
		usualDays: policy.usualDays,
		appUrl: appUrlOf(app),
		figures: JSON.parse(alert.getString('figures') || 'null')
	});
	const outcomes = recipientsOf(app, alert, policy.notifyAgents).map((to) => sendMail(app, { to, ...mail }));
	return !(outcomes.length > 0 && outcomes.every((o) => o === 'failed'));
}

/**
 * E-mails every alert opened and not mailed yet (not the kiosks': the operations watch writes of those).
 * @returns {string[]} the ids of the alerts mailed
 */
function mailOpenedAlerts(app, policy, nowISO) {
	const mailed = [];
	const pending = app.findRecordsByFilter(
		'alerts',
		"status != 'closed' && kind != 'silent' && mailed_at = ''",
		'created',
		0,
		0
	);
	for (const alert of pending) {
		if (!claim(app, alert.id, nowISO)) continue;
		try {
			if (mailOne(app, policy, alert)) mailed.push(alert.id);
			else unclaim(app, alert.id);
		} catch (err) {
			app.logger().error('Alert e-mail not sent', 'alert', alert.id, 'error', String(err));
			unclaim(app, alert.id);
		}
	}
	return mailed;
}

/**
 * The referents' weekly summary (cron `qep-alerts-weekly`, Mondays): the week's openings and closings, and
 * every alert still live. Nothing is sent after a week without any.
 * @returns {number} how many e-mails went out
 */
function sendWeeklySummary(app, nowISO) {
	const weekAgo = new Date(Date.parse(nowISO) - 7 * 86400000).toISOString().replace('T', ' ');
	const count = (filter) => app.countRecords('alerts', $dbx.exp(filter, { since: weekAgo }));
	const live = app
		.findRecordsByFilter('alerts', "status != 'closed' && kind != 'silent'", 'opened_on', 0, 0)
		.map((alert) => ({
			kind: alert.getString('kind'),
			place: placeNameOf(app, alert),
			status: alert.getString('status'),
			openedOn: alert.getString('opened_on'),
			action: alert.getString('action') !== ''
		}));
	const mail = alertWeeklyMail({
		today: nowISO.slice(0, 10),
		appUrl: appUrlOf(app),
		opened: count("kind != 'silent' AND created >= {:since}"),
		closed: count("kind != 'silent' AND status = 'closed' AND closed_at >= {:since}"),
		live
	});
	if (!mail) return 0;
	return referentsOf(app).filter((to) => sendMail(app, { to, ...mail }) === 'sent').length;
}

module.exports = { mailOpenedAlerts, sendWeeklySummary };
