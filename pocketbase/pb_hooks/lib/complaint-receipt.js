// When a complaint counts as received, and how its dates are written back to the device.
const wd = require(typeof __hooks === 'string' ? `${__hooks}/lib/working-days.js` : './working-days.js');

/** How far back a kiosk's own clock is trusted: a lobby tablet may stay offline for weeks. */
const KIOSK_PAST_MS = 30 * 86400000;
/** How far ahead: a little clock drift. */
const KIOSK_FUTURE_MS = 5 * 60000;

/**
 * The instant of receipt (ISO). On the web, the server's now: that is when the administration gets the
 * request. A kiosk is the prefecture's own device in its hall, so the visitor handed the complaint in
 * when they pressed "send", even if the tablet was offline: its `submitted_at`, within reason.
 * @param {string} channel
 * @param {string} submittedAt ISO instant of the device's clock
 * @param {number} nowMs
 */
function receivedAt(channel, submittedAt, nowMs) {
	const now = new Date(nowMs).toISOString();
	if (channel !== 'kiosk') return now;
	const ms = Date.parse(submittedAt);
	if (Number.isNaN(ms) || ms < nowMs - KIOSK_PAST_MS || ms > nowMs + KIOSK_FUTURE_MS) return now;
	return new Date(ms).toISOString();
}

/**
 * The instant of receipt of a letter, call, e-mail or paper form an agent transcribes: its original
 * receipt date (`receivedOn`, in the site's time zone) at noon, or now if that is still to come. The
 * deadline counts from that date.
 */
function transcribedAt(receivedOn, timeZone, nowMs) {
	const dayBefore = new Date(Date.parse(`${receivedOn}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);
	const noon = Date.parse(wd.endOfDay(dayBefore, timeZone)) + 1 + 12 * 3600000;
	return new Date(Math.min(noon, nowMs)).toISOString();
}

/** Working days to answer, from the policy record's values. */
function deadlineDays(kind, policy) {
	const days = kind === 'information' ? policy.information_deadline_days : policy.complaint_deadline_days;
	if (!Number.isInteger(days) || days < 1) throw new Error(`No deadline in the policy for ${kind}`);
	return days;
}

/** PocketBase's stored datetime ('2026-11-22 10:00:00.000Z') as ISO 8601 ('2026-11-22T10:00:00.000Z'); '' stays ''. */
function isoOf(pbDate) {
	if (!pbDate) return '';
	const ms = Date.parse(String(pbDate).replace(' ', 'T'));
	if (Number.isNaN(ms)) throw new Error(`Not a date: ${pbDate}`);
	return new Date(ms).toISOString();
}

module.exports = { receivedAt, transcribedAt, deadlineDays, isoOf };
