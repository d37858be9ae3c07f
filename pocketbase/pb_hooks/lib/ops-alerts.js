// Operations events and alerts for the administrators (collection ops_events): a backup's outcome, and
// alerts such as "backup failing", "kiosk silent", "SMTP failing". An alert is e-mailed once when it is
// raised and not again while it stays raised, so a condition checked every minute sends one e-mail, not
// one a minute; clearing it re-arms the e-mail. The decisions are pure; the rest needs PocketBase's app.
const { renderMail } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-format.js` : './mail-format.js'
);
const { sendMail } = require(typeof __hooks === 'string' ? `${__hooks}/lib/mailer.js` : './mailer.js');
const { appUrlOf } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/mail-settings.js` : './mail-settings.js'
);

const DETAIL_MAX = 2000;
const PRODUCT = 'Qual-e-pref';

/** Whether raising an alert whose last recorded outcome is `last` ('' when none) records and e-mails. */
const shouldRaise = (last) => last !== 'raised';
/** Whether clearing an alert whose last recorded outcome is `last` records anything. */
const shouldClear = (last) => last === 'raised';

/**
 * The alert e-mail to the administrators, in French: the caller's lines, then where to follow it up.
 * @param {{ subject: string, text: string, appUrl: string }} alert `appUrl` without its trailing slash
 * @returns {{ subject: string, text: string, html: string }}
 */
function alertMail({ subject, text, appUrl }) {
	const paragraphs = [
		['Bonjour,'],
		String(text).split('\n'),
		[
			'Cette alerte n’est envoyée qu’une fois, jusqu’au retour à la normale. Suivi sur la page Exploitation de l’espace de gestion :',
			{ link: `${appUrl}/gestion/exploitation` }
		],
		['Message automatique ; merci de ne pas y répondre.']
	];
	return { subject: `${PRODUCT} : ${subject}`, ...renderMail([{ language: 'fr', paragraphs }]) };
}

/** Appends one row to ops_events; `detail` is cut to the field's limit. */
function recordEvent(app, { kind, key, outcome, detail }) {
	const record = new Record(app.findCollectionByNameOrId('ops_events'));
	record.set('kind', kind);
	record.set('key', key);
	record.set('outcome', outcome);
	record.set('detail', String(detail || '').slice(0, DETAIL_MAX));
	app.save(record);
}

/** The last outcome recorded for the alert `key`, or '' when it was never raised. */
function lastAlertOutcome(app, key) {
	const row = new DynamicModel({ outcome: '' });
	try {
		app
			.db()
			.newQuery(
				"SELECT outcome FROM ops_events WHERE kind = 'alert' AND `key` = {:key} ORDER BY created DESC, rowid DESC LIMIT 1"
			)
			.bind({ key })
			.one(row);
	} catch {
		return ''; // no row
	}
	return row.outcome;
}

/**
 * Raises the alert `key`: unless it is already raised, records it and e-mails every administrator once.
 * @param {any} app
 * @param {{ key: string, subject: string, text: string }} alert subject without the product name
 * @returns {boolean} whether it was recorded and e-mailed (false: it already was)
 */
function raiseAlert(app, { key, subject, text }) {
	let raised = false;
	// Check and record together, so two callers at once cannot both send.
	app.runInTransaction((tx) => {
		if (!shouldRaise(lastAlertOutcome(tx, key))) return;
		recordEvent(tx, { kind: 'alert', key, outcome: 'raised', detail: subject });
		raised = true;
	});
	if (!raised) return false;
	const mail = alertMail({ subject, text, appUrl: appUrlOf(app) });
	for (const admin of app.findRecordsByFilter('staff', 'role = "admin"', 'email', 0, 0)) {
		const status = sendMail(app, { to: admin.getString('email'), ...mail });
		if (status !== 'sent')
			app
				.logger()
				.error('Alert e-mail not sent', 'key', key, 'to', admin.getString('email'), 'status', status);
	}
	return true;
}

/**
 * Clears the alert `key`: records 'cleared' when it is raised, nothing otherwise.
 * @returns {boolean} whether it was raised (and is now cleared)
 */
function clearAlert(app, key) {
	let cleared = false;
	app.runInTransaction((tx) => {
		if (!shouldClear(lastAlertOutcome(tx, key))) return;
		recordEvent(tx, { kind: 'alert', key, outcome: 'cleared', detail: '' });
		cleared = true;
	});
	return cleared;
}

module.exports = {
	DETAIL_MAX,
	shouldRaise,
	shouldClear,
	alertMail,
	recordEvent,
	lastAlertOutcome,
	raiseAlert,
	clearAlert
};
