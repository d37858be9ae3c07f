// The threshold alerts' job (issue 18; cron `qep-alerts`, and POST /api/qep/alerts/check): reads the daily
// answer counts of each reception point, site and engagement, asks lib/alert-detection.js what opens and
// closes today, writes it with its trail, then e-mails each alert opened and not yet mailed, once.
const lib = (name) => require(typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);
const { afterClosings, detect, placesOf } = lib('alert-detection.js');
const { shiftDay, receiptDate } = lib('working-days.js');
const { appendAlertEvent } = lib('trail.js');

/** A day's usual: the days before it, as many as this. */
const USUAL_DAYS = 28;
/** A window of answers looks back this far at most (a place with fewer answers over a year is too quiet). */
const ANSWERS_LOOKBACK_DAYS = 365;
/** The column of alerts (and of answer_counts, but for kiosks) that names each scope's place. */
const PLACE_FIELD = { point: 'reception_point', site: 'site', engagement: 'engagement', kiosk: 'kiosk' };

/**
 * The detection's settings from the policy record's values. Pure.
 * @param {{ satisfaction_threshold: number, minimum_sample: number, alert_window: string,
 *   alert_window_size: number, alert_notify_agents: boolean }} p
 */
function alertPolicyOf(p) {
	const size = Math.max(1, Math.floor(p.alert_window_size) || 1);
	return {
		threshold: p.satisfaction_threshold,
		minimumSample: Math.max(1, p.minimum_sample),
		window: p.alert_window === 'answers' ? { answers: size } : { days: size },
		usualDays: USUAL_DAYS,
		notifyAgents: Boolean(p.alert_notify_agents)
	};
}

/** How many days before today the detection reads: the window's, and the usual days of a sudden fall. Pure. */
function lookbackDays(policy) {
	const windowDays = 'days' in policy.window ? policy.window.days : ANSWERS_LOOKBACK_DAYS;
	return Math.max(windowDays, policy.usualDays + 1);
}

/** Each place's counts per day and value since `from`, the three scopes in one read. */
const COUNTS_SQL = ['point', 'site', 'engagement']
	.map(
		(scope) => `SELECT '${scope}' AS scope, ${PLACE_FIELD[scope]} AS place, day, value, sum(n) AS n
		FROM answer_counts WHERE day >= {:from} AND day <= {:to} AND ${PLACE_FIELD[scope]} != ''
		GROUP BY ${PLACE_FIELD[scope]}, day, value`
	)
	.join(' UNION ALL ');

function policyRecord(app) {
	const r = app.findFirstRecordByFilter('policies', '1=1', {});
	return {
		satisfaction_threshold: r.getFloat('satisfaction_threshold'),
		minimum_sample: r.getInt('minimum_sample'),
		alert_window: r.getString('alert_window'),
		alert_window_size: r.getInt('alert_window_size'),
		alert_notify_agents: r.getBool('alert_notify_agents')
	};
}

/** Today in each site's time zone, and the day the detection takes as today for engagements (the latest). */
function todays(app, nowISO) {
	const bySite = {};
	let latest = '';
	for (const site of app.findAllRecords('sites')) {
		const today = receiptDate(nowISO, site.getString('time_zone') || 'Europe/Paris');
		bySite[site.id] = today;
		if (today > latest) latest = today;
	}
	return { bySite, latest: latest || nowISO.slice(0, 10) };
}

/** The alerts open now (acknowledged ones included), as the detection reads them, with their ids. */
function openAlerts(app) {
	return app.findRecordsByFilter('alerts', "status != 'closed' && kind != 'silent'", '', 0, 0).map((r) => {
		const scope = r.getString('scope');
		return {
			id: r.id,
			scope,
			place: r.getString(PLACE_FIELD[scope]),
			kind: r.getString('kind'),
			day: r.getString('opened_on')
		};
	});
}

/**
 * The last day the referent closed an alert of each kind and place since `since`: `kind:scope:place` → day.
 * @returns {Record<string, string>}
 */
function referentClosings(app, since) {
	const rows = arrayOf(
		new DynamicModel({ kind: '', scope: '', site: '', reception_point: '', engagement: '', closed: '' })
	);
	app
		.db()
		.newQuery(
			`SELECT kind, scope, site, reception_point, engagement, max(closed_at) AS closed FROM alerts
			WHERE status = 'closed' AND closed_by != '' AND kind != 'silent' AND closed_at >= {:since}
			GROUP BY kind, scope, site, reception_point, engagement`
		)
		.bind({ since })
		.all(rows);
	/** @type {Record<string, string>} */
	const closedOn = {};
	for (const r of rows) closedOn[`${r.kind}:${r.scope}:${r[PLACE_FIELD[r.scope]]}`] = r.closed.slice(0, 10);
	return closedOn;
}

/**
 * Opens the alert; false when one of its kind is already live at the place (another run was first).
 * @param {any} app
 * @param {{ kind: string, scope: string, place: string, day: string, site: string, figures: any, usual?: any }} decided
 *   `site`: the place's site ('' for an engagement)
 */
function openAlert(app, decided) {
	try {
		app.runInTransaction((tx) => {
			const alert = new Record(tx.findCollectionByNameOrId('alerts'));
			alert.set('kind', decided.kind);
			alert.set('scope', decided.scope);
			alert.set(PLACE_FIELD[decided.scope], decided.place);
			if (decided.scope !== 'site') alert.set('site', decided.site);
			alert.set('status', 'open');
			alert.set('opened_on', decided.day);
			const figures = decided.usual ? { ...decided.figures, usual: decided.usual } : decided.figures;
			alert.set('figures', figures);
			tx.save(alert);
			appendAlertEvent(tx, alert.id, '', 'opened', { figures });
		});
		return true;
	} catch (err) {
		if (/UNIQUE|unique/.test(String(err))) return false;
		throw err;
	}
}

/** Closes an alert the data no longer supports, unless someone closed it meanwhile. `figures` may be null. */
function closeByData(app, decided, nowISO) {
	let closed = false;
	app.runInTransaction((tx) => {
		const alert = tx.findRecordById('alerts', decided.id);
		if (alert.getString('status') === 'closed') return;
		alert.set('status', 'closed');
		alert.set('closed_at', nowISO);
		alert.set('closed_by', '');
		tx.save(alert);
		appendAlertEvent(tx, alert.id, '', 'closed', { by: 'data', figures: decided.figures });
		closed = true;
	});
	return closed;
}

/**
 * Runs the detection now and e-mails what opened.
 * @param {any} app @param {string} nowISO
 * @returns {{ opened: string[], closed: string[], mailed: string[] }} what opened (`kind:scope:place`), the ids
 *   of the alerts closed and of those mailed
 */
function runAlerts(app, nowISO) {
	const policy = alertPolicyOf(policyRecord(app));
	const { bySite, latest } = todays(app, nowISO);
	const siteOfPoint = {};
	for (const p of app.findAllRecords('reception_points')) siteOfPoint[p.id] = p.getString('site');
	const todayOf = (place) =>
		place.scope === 'engagement'
			? latest
			: bySite[place.scope === 'site' ? place.place : siteOfPoint[place.place]] || latest;

	const from = shiftDay(latest, -lookbackDays(policy));
	const rows = arrayOf(new DynamicModel({ scope: '', place: '', day: '', value: '', n: 0 }));
	app.db().newQuery(COUNTS_SQL).bind({ from, to: latest }).all(rows);
	const places = placesOf(rows);
	const open = openAlerts(app);
	const closedOn = referentClosings(app, from);

	// Places whose today differs (sites in other time zones) are decided each against their own day.
	const byToday = {};
	for (const place of places) {
		const today = todayOf(place);
		if (!byToday[today]) byToday[today] = [];
		byToday[today].push(place);
	}
	const opened = [];
	const closed = [];
	// One place's failure (a point deleted meanwhile…) is logged and leaves the others to be decided.
	const each = (list, apply) => {
		for (const d of list)
			try {
				apply(d);
			} catch (err) {
				app
					.logger()
					.error(
						'Threshold alert not written',
						'place',
						`${d.kind}:${d.scope}:${d.place}`,
						'error',
						String(err)
					);
			}
	};
	for (const [today, group] of Object.entries(byToday)) {
		const decided = detect(group, open, policy, today);
		each(afterClosings(decided.open, closedOn), (d) => {
			if (openAlert(app, { ...d, site: d.scope === 'point' ? siteOfPoint[d.place] || '' : '' }))
				opened.push(d);
		});
		each(decided.close, (d) => {
			if (closeByData(app, d, nowISO)) closed.push(d.id);
		});
	}
	const mailed = lib('alert-notify.js').mailOpenedAlerts(app, policy, nowISO);
	return { opened: opened.map((d) => `${d.kind}:${d.scope}:${d.place}`), closed, mailed };
}

module.exports = {
	USUAL_DAYS,
	alertPolicyOf,
	lookbackDays,
	openAlert,
	closeByData,
	runAlerts
};
