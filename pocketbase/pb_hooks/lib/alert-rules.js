// The threshold alerts' rules (issue 18), pure functions of counts: when satisfaction has clearly fallen
// under the threshold at a place (a reception point, a site, an engagement), when it has clearly recovered,
// and when one day was clearly worse than the place's usual. "Clearly" is the 95 % Wilson interval: a fall
// must be beyond what chance makes of a sample that size (each check errs one time in forty at most on a
// place that is in fact at the threshold), and the rules to open and to close leave a band between them
// (hysteresis): figures hovering around the threshold neither open nor close anything. A lasting alert
// that the data cannot close (a threshold of 100 %) is closed by the referent, with a reason.
const { wilson } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/satisfaction.js` : './satisfaction.js'
);
const { shiftDay } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/working-days.js` : './working-days.js'
);

/**
 * @typedef {{ satisfied: number, n: number }} Tally  satisfied answers (très satisfait, satisfait) out of the
 *   answers with an opinion
 * @typedef {Tally & { day: string }} DayTally  one day's tally, `YYYY-MM-DD`
 * @typedef {{ days: number } | { answers: number }} Window  the last `days` days (today included), or the
 *   most recent whole days that hold at least `answers` answers with an opinion
 */

/**
 * The tally of the window that ends on `today`, from daily tallies (any order; days after `today` are left
 * out), with the window's first day: the first of the last days, or the oldest day counted (`today` when
 * none was).
 * @param {DayTally[]} days @param {Window} window @param {string} today
 * @returns {Tally & { from: string }}
 */
function windowTally(days, window, today) {
	const past = days
		.filter((d) => d.day <= today)
		.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
	const tally = { satisfied: 0, n: 0 };
	if ('days' in window) {
		const first = shiftDay(today, 1 - window.days);
		for (const d of past) if (d.day >= first) add(tally, d);
		return { ...tally, from: first };
	}
	let from = today;
	for (const d of past) {
		if (tally.n >= window.answers) break;
		add(tally, d);
		from = d.day;
	}
	return { ...tally, from };
}

/** @param {Tally} tally @param {Tally} more */
function add(tally, more) {
	tally.satisfied += more.satisfied;
	tally.n += more.n;
}

/**
 * What the window's tally does to a place's lasting alert: 'open' when even the interval's upper bound is
 * under the threshold, 'close' (an open one) when its lower bound is back above it, else null. Under the
 * minimum sample, nothing either way.
 * @param {Tally} tally @param {boolean} open whether the place has an open lasting alert
 * @param {{ threshold: number, minimumSample: number }} policy
 * @returns {'open' | 'close' | null}
 */
function lastingChange(tally, open, { threshold, minimumSample }) {
	const interval = tally.n >= minimumSample ? wilson(tally.satisfied, tally.n) : null;
	if (!interval) return null;
	if (!open && interval.high < threshold) return 'open';
	if (open && interval.low > threshold) return 'close';
	return null;
}

/**
 * What one day's tally does to a place's sudden alert, against the place's usual tally (the days before):
 * 'open' when the day's upper bound is under the usual rate's lower bound; 'close' (an open one) when a day's
 * rate is back at or above that lower bound; else null. Either needs the minimum sample on both sides.
 * @param {Tally} day @param {Tally} usual @param {boolean} open whether the place has an open sudden alert
 * @param {{ minimumSample: number }} policy
 * @returns {'open' | 'close' | null}
 */
function suddenChange(day, usual, open, { minimumSample }) {
	if (day.n < minimumSample || usual.n < minimumSample) return null;
	const usualLow = /** @type {{ low: number }} */ (wilson(usual.satisfied, usual.n)).low;
	if (!open && /** @type {{ high: number }} */ (wilson(day.satisfied, day.n)).high < usualLow) return 'open';
	if (open && day.satisfied / day.n >= usualLow) return 'close';
	return null;
}

module.exports = { windowTally, lastingChange, suddenChange };
