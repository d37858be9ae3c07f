// The life of a complaint or information request once received, as pure functions: which status may
// follow which, what a change writes on the record, and how waiting for the requester pauses the clock.
// The route handlers (goja) and vitest use the same code.
// PocketBase resolves modules from its hooks folder; Node (the specs) from this file.
const wd = require(typeof __hooks === 'string' ? `${__hooks}/lib/working-days.js` : './working-days.js');

const STATUSES = ['received', 'in_progress', 'waiting', 'answered', 'closed'];

/** Allowed changes. Waiting for the requester pauses the deadline; a closed item can be reopened. */
const TRANSITIONS = {
	received: ['in_progress', 'waiting', 'answered'],
	in_progress: ['waiting', 'answered'],
	waiting: ['in_progress', 'answered'],
	answered: ['closed', 'in_progress'],
	closed: ['in_progress']
};

/** May an item go from `from` to `to`? Only the table's own entries count (not `constructor`…). */
function canTransition(from, to) {
	const next = Object.prototype.hasOwnProperty.call(TRANSITIONS, from) ? TRANSITIONS[from] : null;
	return Boolean(next && next.includes(to));
}

/**
 * Working days the requester kept the item waiting, from the pause to `nowISO`: the working days after the
 * pause's date up to and including today's, in the site's calendar (a pause and a resume on the same day
 * count 0).
 */
function waitedDays(waitingSinceISO, nowISO, site) {
	const from = wd.receiptDate(waitingSinceISO, site.timeZone);
	const to = wd.receiptDate(nowISO, site.timeZone);
	return wd.workingDaysBetween(from, to, site.zone, site.closures);
}

/** The deadline moved `days` working days later, still at the end of a day in the site's time zone. */
function movedDeadline(deadlineISO, days, site) {
	if (days === 0) return deadlineISO;
	const due = wd.receiptDate(deadlineISO, site.timeZone);
	return wd.endOfDay(wd.addWorkingDays(due, days, site.zone, site.closures), site.timeZone);
}

/**
 * What changing `item`'s status to `to` at `nowISO` writes on the record, and the audit event's before/after.
 * `item`: { status, deadline_at, waiting_since, paused_days, first_response_at, answered_at };
 * `site`: { zone, timeZone, closures }. Returns { error } when the change is not allowed.
 * - leaving `waiting` moves the deadline by the working days spent waiting (and adds them to paused_days);
 * - the first change out of `received` is the first response (the item was taken in hand);
 * - `answered` stores the answer instant and whether it came before the deadline (as moved).
 * @returns {{ error: string } | { patch: Record<string, unknown>, before: Record<string, unknown>, after: Record<string, unknown> }}
 */
function transition(item, to, nowISO, site) {
	if (!STATUSES.includes(to) || !canTransition(item.status, to)) return { error: 'invalid_transition' };
	const patch = { status: to };
	if (item.status === 'waiting') {
		const days = item.waiting_since ? waitedDays(item.waiting_since, nowISO, site) : 0;
		patch.waiting_since = '';
		patch.paused_days = (Number(item.paused_days) || 0) + days;
		patch.deadline_at = movedDeadline(item.deadline_at, days, site);
	}
	if (to === 'waiting') patch.waiting_since = nowISO;
	if (!item.first_response_at) patch.first_response_at = nowISO;
	if (to === 'answered') {
		const deadline = patch.deadline_at || item.deadline_at;
		patch.answered_at = nowISO;
		patch.answered_in_time = Date.parse(nowISO) <= Date.parse(deadline);
	}
	/** @type {Record<string, unknown>} */
	const before = {};
	for (const key of Object.keys(patch)) before[key] = item[key] === undefined ? '' : item[key];
	return { patch, before, after: { ...patch } };
}

module.exports = { STATUSES, TRANSITIONS, canTransition, transition, waitedDays, movedDeadline };
