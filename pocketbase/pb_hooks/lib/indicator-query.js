// The indicators board's question, checked: a period (and the one it is compared with), filters, and how
// to break the figures down; then the SQL that sums the daily answer counts for it. Pure.

const { isId, isRealDay, own } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/values.js` : './values.js'
);

const CHANNELS = ['kiosk', 'web', 'paper'];
/** Break-downs: the column (or expression) of answer_counts each groups by. */
const BY = {
	engagement: 'engagement',
	question: 'question',
	site: 'site',
	point: 'reception_point',
	channel: 'channel',
	month: 'substr(day, 1, 7)',
	day: 'day',
	site_engagement: "site || '|' || engagement"
};
/** The longest period one request may cover. */
const MAX_DAYS = 3 * 366;
const DAY_MS = 86400000;

const dayMs = (day) => Date.parse(`${day}T00:00:00Z`);
const dayOf = (ms) => new Date(ms).toISOString().slice(0, 10);

/** The period of the same length that ends the day before `from`. */
function previousPeriod(from, to) {
	const length = (dayMs(to) - dayMs(from)) / DAY_MS + 1;
	return { from: dayOf(dayMs(from) - length * DAY_MS), to: dayOf(dayMs(from) - DAY_MS) };
}

/** A period's own problems, once both its days are real: ending before it starts, or too long. */
function periodCodes(from, to, errors, toField) {
	if (!isRealDay(from) || !isRealDay(to)) return;
	if (to < from) errors[toField] = 'before_from';
	else if ((dayMs(to) - dayMs(from)) / DAY_MS >= MAX_DAYS) errors[toField] = 'too_long';
}

/**
 * Checks the query string. The comparison period defaults to the same number of days just before; the
 * board passes the previous month, quarter or year explicitly.
 * @param {Record<string, string | undefined>} query
 */
function parseIndicatorQuery(query) {
	const get = (key) => (typeof query[key] === 'string' ? query[key].trim() : '');
	const errors = Object.create(null);
	const q = {
		from: get('from'),
		to: get('to'),
		site: get('site'),
		point: get('point'),
		channel: get('channel'),
		engagement: get('engagement'),
		by: get('by') || 'engagement',
		compare_from: get('compare_from'),
		compare_to: get('compare_to')
	};
	for (const key of ['from', 'to']) if (!isRealDay(q[key])) errors[key] = q[key] ? 'invalid' : 'required';
	periodCodes(q.from, q.to, errors, 'to');
	for (const key of ['site', 'point', 'engagement']) if (q[key] && !isId(q[key])) errors[key] = 'invalid';
	if (q.channel && !CHANNELS.includes(q.channel)) errors.channel = 'invalid';
	// Only the table's own break-downs: `constructor` or `__proto__` are no column.
	if (!own(BY, q.by)) errors.by = 'invalid';
	if (Boolean(q.compare_from) !== Boolean(q.compare_to)) errors.compare_to = 'required';
	for (const key of ['compare_from', 'compare_to']) if (q[key] && !isRealDay(q[key])) errors[key] = 'invalid';
	if (q.compare_from && q.compare_to) periodCodes(q.compare_from, q.compare_to, errors, 'compare_to');
	if (Object.keys(errors).length > 0) return { query: null, errors: { ...errors } };
	const previous = q.compare_from ? { from: q.compare_from, to: q.compare_to } : previousPeriod(q.from, q.to);
	return { query: { ...q, previous }, errors: null };
}

/**
 * SELECT key, value, sum(n) over one period, for the caller's sites.
 * @param {Record<string, any>} q from parseIndicatorQuery
 * @param {{ from: string, to: string }} period
 * @param {string[] | null} scope the caller's sites, or null for all
 * @returns {{ sql: string, params: Record<string, string> }}
 */
function countsSql(q, period, scope) {
	const params = { from: period.from, to: period.to };
	const clauses = ['day BETWEEN {:from} AND {:to}'];
	if (scope) {
		scope.forEach((id, i) => (params[`s${i}`] = id));
		clauses.push(scope.length > 0 ? `site IN (${scope.map((_, i) => `{:s${i}}`).join(', ')})` : '0');
	}
	for (const [key, column] of [
		['site', 'site'],
		['point', 'reception_point'],
		['channel', 'channel'],
		['engagement', 'engagement']
	]) {
		if (q[key]) {
			params[key] = q[key];
			clauses.push(`${column} = {:${key}}`);
		}
	}
	return {
		sql: `SELECT ${BY[q.by]} AS k, value AS value, sum(n) AS n FROM answer_counts
			WHERE ${clauses.join(' AND ')} GROUP BY k, value`,
		params
	};
}

const SCALE = ['very_satisfied', 'satisfied', 'dissatisfied', 'very_dissatisfied', 'no_opinion'];
const emptyCounts = () => Object.fromEntries(SCALE.map((v) => [v, 0]));

/** Break-downs by date: their keys differ from one period to the other, so cells are not compared. */
const DATED = ['month', 'day'];

/**
 * Rows of { k, value, n } (current and previous period) as one cell per key, plus the total. For a
 * break-down by date the previous period counts in the total only.
 * @returns {{ cells: { key: string, counts: Record<string, number>, previous: Record<string, number> }[],
 *   total: { counts: Record<string, number>, previous: Record<string, number> } }}
 */
function cellsOf(current, previous, by = 'engagement') {
	const cells = Object.create(null);
	const total = { counts: emptyCounts(), previous: emptyCounts() };
	const add = (rows, side) => {
		for (const row of rows) {
			if (!SCALE.includes(row.value)) continue;
			total[side][row.value] += row.n;
			if (side === 'previous' && DATED.includes(by)) continue;
			const cell = (cells[row.k] = cells[row.k] || {
				key: row.k,
				counts: emptyCounts(),
				previous: emptyCounts()
			});
			cell[side][row.value] += row.n;
		}
	};
	add(current, 'counts');
	add(previous, 'previous');
	const sorted = Object.values(cells).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	return { cells: sorted, total };
}

module.exports = { parseIndicatorQuery, previousPeriod, countsSql, cellsOf, BY };
