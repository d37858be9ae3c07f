// What an operator watches (GET /api/qep/status, the back office's Exploitation page, the alerts of
// lib/ops-watch.js): version, migrations, backups, mail relay, kiosks' outboxes and silences, overdue
// complaints, open alerts. Pure rules first, then the one function that reads them from the database.
const lib = (name) => require(typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);
const wd = lib('working-days.js');

/**
 * Whole working days (in the site's calendar) a kiosk has gone without contacting the server: the working
 * days strictly between the local day it was last seen (or enrolled) and today.
 * @param {string} lastSeenISO instant of the last contact
 * @param {{ zone: string, timeZone: string, closures: string[] }} site
 */
function silentWorkingDays(lastSeenISO, site, nowISO) {
	const lastDay = wd.receiptDate(lastSeenISO, site.timeZone);
	const today = wd.receiptDate(nowISO, site.timeZone);
	const upToToday = wd.workingDaysBetween(lastDay, today, site.zone, site.closures);
	return Math.max(
		0,
		upToToday - (today > lastDay && wd.isWorkingDay(today, site.zone, site.closures) ? 1 : 0)
	);
}

/**
 * The kiosks' side of the status: what waits in their outboxes (as each last reported it) and which active
 * kiosks have been silent for at least one whole working day.
 * @param {{ id: string, name: string, siteName: string, lastSeenAt: string, created: string,
 *   pending: number, lastSyncAt: string, site: object }[]} kiosks active kiosks only
 */
function kioskStatus(kiosks, nowISO) {
	const now = Date.parse(nowISO);
	let pending = 0;
	let oldestUnsent = null;
	const silent = [];
	for (const k of kiosks) {
		const lastSeen = k.lastSeenAt || k.created;
		if (k.pending > 0) {
			pending += k.pending;
			const since = Date.parse(k.lastSyncAt || lastSeen);
			if (Number.isFinite(since) && (oldestUnsent === null || since < oldestUnsent)) oldestUnsent = since;
		}
		const days = silentWorkingDays(lastSeen, k.site, nowISO);
		if (days >= 1)
			silent.push({ id: k.id, name: k.name, site: k.siteName, lastSeenAt: k.lastSeenAt, silentDays: days });
	}
	return {
		active: kiosks.length,
		pending,
		// How long the oldest waiting submission's kiosk has gone without a successful sync, in minutes.
		lagMinutes: oldestUnsent === null ? 0 : Math.max(0, Math.floor((now - oldestUnsent) / 60000)),
		silent
	};
}

/** Migration files the database has not applied yet (a start applies them; any left means it failed). */
function pendingMigrations(files, applied) {
	const done = new Set(applied);
	return files.filter((f) => f.endsWith('.js') && !done.has(f)).sort();
}

/** True when nothing needs the operator: no open alert, no failed last backup, relay not failing. */
function isHealthy(status) {
	return (
		status.alerts.length === 0 &&
		status.migrations.pending.length === 0 &&
		(!status.backups.last || status.backups.last.outcome === 'ok') &&
		status.mail.state !== 'failing' &&
		status.kiosks.silent.length === 0
	);
}

/**
 * Everything the status shows, read from the database, the settings and the app's store.
 * @param {any} app
 * @param {{ nowISO: string, version: string, mode: string, migrationFiles: string[] }} context
 */
function collectStatus(app, { nowISO, version, mode, migrationFiles }) {
	const { siteCalendar } = lib('site-calendar.js');
	const { mailHealth } = lib('mail-health.js');
	const { queryRows } = lib('query-rows.js');
	// The product's own migrations (PocketBase's built-in ones are named *.go).
	const applied = queryRows(app, 'SELECT file FROM _migrations ORDER BY applied, file', {}, { file: '' })
		.map((r) => r.file)
		.filter((file) => file.endsWith('.js'));

	const sites = {};
	for (const site of app.findAllRecords('sites')) sites[site.id] = siteCalendar(site);
	const kiosks = app.findRecordsByFilter('kiosks', "status = 'active'", 'name', 0, 0).flatMap((k) => {
		const site = sites[k.getString('site')];
		if (!site) return [];
		const health = JSON.parse(k.getString('health') || 'null') || {};
		return [
			{
				id: k.id,
				name: k.getString('name'),
				siteName: site.name,
				site,
				lastSeenAt: k.getString('last_seen_at'),
				created: k.getString('created'),
				pending: Number.isSafeInteger(health.pending) ? health.pending : 0,
				lastSyncAt: typeof health.lastSyncAt === 'string' ? health.lastSyncAt : ''
			}
		];
	});

	const backupRows = queryRows(
		app,
		"SELECT outcome, detail, created FROM ops_events WHERE kind = 'backup' ORDER BY created DESC, rowid DESC LIMIT 10",
		{},
		{ outcome: '', detail: '', created: '' }
	);
	const alerts = queryRows(
		app,
		`SELECT e.key AS key, e.detail AS detail, e.created AS created FROM ops_events e
		 WHERE e.kind = 'alert' AND e.rowid = (SELECT MAX(rowid) FROM ops_events WHERE kind = 'alert' AND key = e.key)
		 AND e.outcome = 'raised' ORDER BY e.created`,
		{},
		{ key: '', detail: '', created: '' }
	).map((r) => ({ key: r.key, subject: r.detail, since: r.created }));
	const overdue = queryRows(
		app,
		"SELECT COUNT(*) AS n FROM complaints WHERE status IN ('received', 'in_progress') AND deadline_at != '' AND deadline_at < {:now}",
		{ now: nowISO.replace('T', ' ') },
		{ n: 0 }
	)[0].n;

	const settings = app.settings();
	const status = {
		version,
		mode,
		checkedAt: nowISO,
		migrations: {
			applied: applied.length,
			last: applied[applied.length - 1] || '',
			pending: pendingMigrations(migrationFiles, applied)
		},
		backups: {
			schedule: settings.backups.cron || '',
			keep: settings.backups.cronMaxKeep,
			s3: settings.backups.s3.enabled,
			last: backupRows[0]
				? { at: backupRows[0].created, outcome: backupRows[0].outcome, detail: backupRows[0].detail }
				: null,
			recent: backupRows.map((r) => ({ at: r.created, outcome: r.outcome, detail: r.detail }))
		},
		mail: mailHealth(app.store(), { configured: settings.smtp.enabled, nowMs: Date.parse(nowISO) }),
		kiosks: kioskStatus(kiosks, nowISO),
		complaints: { overdue },
		alerts
	};
	return { ...status, healthy: isHealthy(status) };
}

module.exports = { silentWorkingDays, kioskStatus, pendingMigrations, isHealthy, collectStatus };
