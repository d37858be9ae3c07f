// How close an open complaint is to its deadline, in working days of its site: the inbox's badges and the
// reminder digests both read it from here.
// PocketBase resolves modules from its hooks folder; Node (the specs) from this file.
const wd = require(typeof __hooks === 'string' ? `${__hooks}/lib/working-days.js` : './working-days.js');

/** "Échéance proche": at most this many working days left. */
const DUE_SOON_DAYS = 3;
const OPEN = ['received', 'in_progress'];

/**
 * Working days from today (in the site's calendar) to the deadline's day: 0 on the deadline day itself,
 * negative once it passed (then counted back from the deadline day to today).
 */
function workingDaysLeft(deadlineISO, nowISO, site) {
	if (!deadlineISO) return null;
	const today = wd.receiptDate(nowISO, site.timeZone);
	const due = wd.receiptDate(deadlineISO, site.timeZone);
	if (today <= due) return wd.workingDaysBetween(today, due, site.zone, site.closures);
	return -wd.workingDaysBetween(due, today, site.zone, site.closures);
}

/**
 * 'overdue' (deadline passed), 'due_soon' (≤ 3 working days left), 'on_time', or, for items not being
 * counted down, 'paused' (waiting for the requester) and 'done' (answered or closed); 'unknown' for an
 * open item without a deadline.
 * @param {{ status: string, deadline_at: string }} item
 */
function urgencyOf(item, nowISO, site) {
	if (item.status === 'waiting') return 'paused';
	if (!OPEN.includes(item.status)) return 'done';
	// Every item gets its deadline at receipt; one without (made by hand in the dashboard) is not guessed.
	if (!item.deadline_at) return 'unknown';
	if (Date.parse(nowISO) > Date.parse(item.deadline_at)) return 'overdue';
	return workingDaysLeft(item.deadline_at, nowISO, site) <= DUE_SOON_DAYS ? 'due_soon' : 'on_time';
}

module.exports = { DUE_SOON_DAYS, urgencyOf, workingDaysLeft };
