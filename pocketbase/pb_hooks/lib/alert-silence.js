// Silent kiosks in the alerts' life cycle (issue 18): the operations watch (lib/ops-watch.js) finds the
// kiosks silent for a whole working day and e-mails the administrators; each also gets an alert of its own,
// which the referents and the site's agents see on the staff home and acknowledge like the others, and
// which the data closes when the kiosk is heard from again. No e-mail of its own: the watch sends one.
const lib = (name) => require(typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);

const instant = (text) => (text ? Date.parse(text.replace(' ', 'T')) : NaN);

/**
 * Which silent kiosks get an alert, and which live alerts close. A kiosk whose alert the referent closed
 * gets a new one only once it has been heard from since (then fell silent again). Pure.
 * @param {{ id: string, lastSeenAt: string | null }[]} silent the kiosks silent now
 * @param {{ id: string, kiosk: string }[]} live the live silent-kiosk alerts
 * @param {Record<string, string>} closedByReferent kiosk id → when the referent last closed its alert
 * @returns {{ open: string[], close: string[] }} kiosk ids to open, alert ids to close
 */
function silenceChanges(silent, live, closedByReferent = {}) {
	const alerted = new Set(live.map((a) => a.kiosk));
	const still = new Set(silent.map((k) => k.id));
	const heardSince = (k) =>
		!closedByReferent[k.id] || instant(k.lastSeenAt) > instant(closedByReferent[k.id]);
	return {
		open: [...new Set(silent.filter((k) => !alerted.has(k.id) && heardSince(k)).map((k) => k.id))],
		close: live.filter((a) => !still.has(a.kiosk)).map((a) => a.id)
	};
}

/**
 * Brings the silent-kiosk alerts in line with the watch's findings.
 * @param {any} app @param {{ id: string, lastSeenAt: string | null, silentDays: number }[]} silent
 * @param {string} nowISO
 * @returns {{ opened: string[], closed: string[] }} kiosk ids, alert ids
 */
function syncSilentKiosks(app, silent, nowISO) {
	const { openAlert, closeByData } = lib('alert-job.js');
	const { receiptDate } = lib('working-days.js');
	const { findOrNull } = lib('caller.js');
	const live = app
		.findRecordsByFilter('alerts', "kind = 'silent' && status != 'closed'", '', 0, 0)
		.map((r) => ({ id: r.id, kiosk: r.getString('kiosk') }));
	/** @type {Record<string, string>} */
	const closedByReferent = {};
	for (const r of app.findRecordsByFilter(
		'alerts',
		"kind = 'silent' && status = 'closed' && closed_by != ''",
		'closed_at',
		0,
		0
	))
		closedByReferent[r.getString('kiosk')] = r.getString('closed_at');
	const changes = silenceChanges(silent, live, closedByReferent);
	const opened = changes.open.filter((id) => {
		const kiosk = findOrNull(app, 'kiosks', id);
		const site = kiosk && findOrNull(app, 'sites', kiosk.getString('site'));
		if (!site) return false; // deleted since the watch looked
		return openAlert(app, {
			kind: 'silent',
			scope: 'kiosk',
			place: id,
			site: site.id,
			day: receiptDate(nowISO, site.getString('time_zone') || 'Europe/Paris'),
			figures: null
		});
	});
	const closed = changes.close.filter((id) => closeByData(app, { id, figures: null }, nowISO));
	return { opened, closed };
}

module.exports = { silenceChanges, syncSilentKiosks };
