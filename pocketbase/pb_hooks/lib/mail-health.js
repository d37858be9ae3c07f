// Whether the SMTP relay works, as the server has seen it: every e-mail sent through lib/mailer.js notes
// its outcome in the app's in-memory store. A relay that failed and has not delivered since is "failing";
// after an hour of that, the operations watch alerts the administrators (lib/ops-watch.js).

const KEYS = {
	failingSince: 'qep.mail.failingSince',
	lastSentAt: 'qep.mail.lastSentAt',
	lastError: 'qep.mail.lastError'
};
/** How long the relay may fail before the administrators are told. */
const FAILING_ALERT_MS = 60 * 60 * 1000;

/**
 * A relay's error without the addresses it may quote ("550 <usager@example.org>: Recipient address
 * rejected"): the error is shown to administrators and a monitoring system, never a visitor's address.
 */
function withoutAddresses(error) {
	return String(error).replace(/[^\s<>@"']+@[^\s<>@"']+/g, '<adresse>');
}

/**
 * Notes one e-mail's outcome ('sent' or 'failed'; other outcomes say nothing about the relay).
 * @param {{ get(k: string): any, set(k: string, v: any): void, remove(k: string): void }} store
 */
function noteMailOutcome(store, status, nowMs, error = '') {
	if (status === 'sent') {
		store.set(KEYS.lastSentAt, nowMs);
		store.remove(KEYS.failingSince);
		store.remove(KEYS.lastError);
	} else if (status === 'failed') {
		if (!store.get(KEYS.failingSince)) store.set(KEYS.failingSince, nowMs);
		store.set(KEYS.lastError, withoutAddresses(error).slice(0, 300));
	}
}

/**
 * The relay's state: 'not_configured', 'unknown' (nothing sent since the server started), 'ok' or 'failing'
 * (with `alert` true once it has failed for FAILING_ALERT_MS).
 */
function mailHealth(store, { configured, nowMs, alertAfterMs = FAILING_ALERT_MS }) {
	if (!configured) return { state: 'not_configured', alert: false };
	const failingSince = Number(store.get(KEYS.failingSince)) || 0;
	const lastSentAt = Number(store.get(KEYS.lastSentAt)) || 0;
	const iso = (ms) => (ms ? new Date(ms).toISOString() : '');
	if (failingSince)
		return {
			state: 'failing',
			failingSince: iso(failingSince),
			lastSentAt: iso(lastSentAt),
			lastError: String(store.get(KEYS.lastError) || ''),
			alert: nowMs - failingSince >= alertAfterMs
		};
	return { state: lastSentAt ? 'ok' : 'unknown', lastSentAt: iso(lastSentAt), alert: false };
}

module.exports = { FAILING_ALERT_MS, withoutAddresses, noteMailOutcome, mailHealth };
