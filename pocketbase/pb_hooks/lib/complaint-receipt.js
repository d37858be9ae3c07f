// When a complaint counts as received, and how its dates are written back to the device.
const wd = require(typeof __hooks === 'string' ? `${__hooks}/lib/working-days.js` : './working-days.js');

/**
 * The instant of receipt (ISO): when the server receives the item, kiosk and web alike — that is when
 * the administration holds it and can acknowledge it (CRPA art. L112-11). A kiosk's own
 * `submitted_at` is kept in the trail, not used for the deadline.
 */
function receivedAt(nowMs) {
	return new Date(nowMs).toISOString();
}

/**
 * The instant of receipt of a letter, call, e-mail or paper form an agent transcribes: its original
 * receipt date (`receivedOn`, in the site's time zone) at noon, or now if that is still to come. The
 * deadline counts from that date.
 */
function transcribedAt(receivedOn, timeZone, nowMs) {
	const dayBefore = wd.shiftDay(receivedOn, -1);
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
