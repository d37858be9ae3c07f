// The threshold alerts' detection (issue 18): from each place's daily answer counts (a reception point, a
// site, an engagement), which alerts open and which close today, given those open now. Pure: the job reads
// the counts and the open alerts, and writes what this decides (lib/alert-rules.js holds the rules).
const lib = (name) => require(typeof __hooks === 'string' ? `${__hooks}/lib/${name}` : `./${name}`);
const { lastingChange, suddenChange, windowTally } = lib('alert-rules.js');
const { wilson } = lib('satisfaction.js');
const { shiftDay } = lib('working-days.js');

const SATISFIED = ['very_satisfied', 'satisfied'];
const UNSATISFIED = ['dissatisfied', 'very_dissatisfied'];

/** The places watched, and the column of answer_counts that names each. */
const SCOPES = { point: 'reception_point', site: 'site', engagement: 'engagement' };

/**
 * @typedef {'point' | 'site' | 'engagement'} Scope
 * @typedef {{ scope: Scope, place: string, days: import('./alert-rules.js').DayTally[] }} Place
 * @typedef {{ scope: Scope, place: string, kind: 'lasting' | 'sudden', day: string }} OpenAlert  `day`: the
 *   day it opened on
 * @typedef {{ satisfied: number, n: number, rate: number | null, low: number | null, high: number | null,
 *   from: string, to: string }} Figures  `from` and `to`: the days counted (the window, or the one day)
 */

/**
 * Each place's daily tallies, from count rows (answers with no opinion and unknown values left out).
 * @param {{ scope: Scope, place: string, day: string, value: string, n: number }[]} rows
 * @returns {Place[]}
 */
function placesOf(rows) {
	/** @type {Map<string, Place & { byDay: Map<string, { day: string, satisfied: number, n: number }> }>} */
	const places = new Map();
	for (const row of rows) {
		const satisfied = SATISFIED.includes(row.value);
		if (!row.place || (!satisfied && !UNSATISFIED.includes(row.value))) continue;
		const key = `${row.scope}:${row.place}`;
		let place = places.get(key);
		if (!place) places.set(key, (place = { scope: row.scope, place: row.place, days: [], byDay: new Map() }));
		let day = place.byDay.get(row.day);
		if (!day) {
			place.byDay.set(row.day, (day = { day: row.day, satisfied: 0, n: 0 }));
			place.days.push(day);
		}
		day.n += row.n;
		if (satisfied) day.satisfied += row.n;
	}
	return [...places.values()].map(({ scope, place, days }) => ({ scope, place, days }));
}

/** @param {{ satisfied: number, n: number, from: string }} tally @param {string} to @returns {Figures} */
function figuresOf({ satisfied, n, from }, to) {
	const interval = wilson(satisfied, n);
	return {
		satisfied,
		n,
		rate: n > 0 ? satisfied / n : null,
		low: interval?.low ?? null,
		high: interval?.high ?? null,
		from,
		to
	};
}

/**
 * What opens and what closes today.
 * - lasting: the policy's window (the last days, or the most recent answers) against the threshold;
 * - sudden: today's answers against the place's usual (the `usualDays` days before today). A sudden alert is
 *   about the day it opened on: only a later day can close it.
 * @param {Place[]} places @param {OpenAlert[]} open the alerts open now
 * @param {{ threshold: number, minimumSample: number, window: import('./alert-rules.js').Window, usualDays: number }} policy
 * @param {string} today `YYYY-MM-DD`, in the prefecture's time zone
 * @returns {{ open: (OpenAlert & { figures: Figures, usual?: Figures })[], close: (OpenAlert & { figures: Figures })[] }}
 */
function detect(places, open, policy, today) {
	const decided = { open: [], close: [] };
	const openOf = (p, kind) => open.find((a) => a.scope === p.scope && a.place === p.place && a.kind === kind);
	for (const p of places) {
		const lasting = openOf(p, 'lasting');
		const window = windowTally(p.days, policy.window, today);
		const change = lastingChange(window, Boolean(lasting), policy);
		if (change === 'open')
			decided.open.push({
				scope: p.scope,
				place: p.place,
				kind: 'lasting',
				day: today,
				figures: figuresOf(window, today)
			});
		if (change === 'close' && lasting) decided.close.push({ ...lasting, figures: figuresOf(window, today) });

		const sudden = openOf(p, 'sudden');
		if (sudden && sudden.day >= today) continue;
		const day = windowTally(p.days, { days: 1 }, today);
		const usual = windowTally(p.days, { days: policy.usualDays }, shiftDay(today, -1));
		const suddenly = suddenChange(day, usual, Boolean(sudden), policy);
		if (suddenly === 'open')
			decided.open.push({
				scope: p.scope,
				place: p.place,
				kind: 'sudden',
				day: today,
				figures: figuresOf(day, today),
				usual: figuresOf(usual, shiftDay(today, -1))
			});
		if (suddenly === 'close' && sudden) decided.close.push({ ...sudden, figures: figuresOf(day, today) });
	}
	return decided;
}

/**
 * The openings left once the referent's closings are heeded: after the referent closed a place's alert of a
 * kind, a new one is judged only on answers given after that day (its window must start after it), so an
 * alert closed with a reason does not come back at the next run on the same answers. Pure.
 * @param {(OpenAlert & { figures: Figures })[]} openings
 * @param {Record<string, string>} closedOn `kind:scope:place` → the last day the referent closed one
 */
function afterClosings(openings, closedOn) {
	return openings.filter((o) => {
		const day = closedOn[`${o.kind}:${o.scope}:${o.place}`];
		return !day || o.figures.from > day;
	});
}

module.exports = { SCOPES, placesOf, detect, afterClosings };
