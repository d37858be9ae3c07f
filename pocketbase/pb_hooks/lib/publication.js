// A publication's frozen snapshot: the period's satisfaction per dimension (engagement, site, site ×
// engagement, reception point, channel, month), with every cell under the minimum sample suppressed
// (neither its counts nor its size are published), and the complaint figures. A published cell gives its
// answers (`n`) and, since snapshots have it, the people behind them (`responses`: survey responses, one
// per visitor): about five answers a visitor, so one must not be read as the other. Pure.
const { satisfaction } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/satisfaction.js` : './satisfaction.js'
);

const SCALE = ['very_satisfied', 'satisfied', 'dissatisfied', 'very_dissatisfied', 'no_opinion'];
/** Dimensions, in the order the results page shows them. */
const DIMENSIONS = ['total', 'engagement', 'site', 'site_engagement', 'point', 'channel', 'month'];

const emptyCounts = () => Object.fromEntries(SCALE.map((v) => [v, 0]));

/** Rows { k, value, n } as counts per key. */
function countsByKey(rows) {
	const byKey = {};
	for (const row of rows) {
		if (!SCALE.includes(row.value)) continue;
		(byKey[row.k] = byKey[row.k] || emptyCounts())[row.value] += row.n;
	}
	return byKey;
}

/** Rows { k, n } as n per key. */
const sizesByKey = (rows) => Object.fromEntries((rows || []).map((row) => [row.k, row.n]));

/**
 * One published cell: the figures, or only the fact that it is suppressed. `responses` (the people who
 * answered in it) is published with the figures when it is known.
 */
function cellOf(dimension, key, label, counts, policy, responses) {
	const s = satisfaction(counts, policy.threshold, policy.minimum_sample);
	if (s.small) return { dimension, key, label, suppressed: true, n: null };
	return {
		dimension,
		key,
		label,
		suppressed: false,
		n: s.n,
		...(typeof responses === 'number' ? { responses } : {}),
		counts,
		rate: s.rate,
		net: s.net,
		ci_low: s.interval.low,
		ci_high: s.interval.high,
		below_threshold: s.belowThreshold
	};
}

/**
 * @param {{ label: string, from: string, to: string, organisation: string,
 *   policy: { threshold: number, minimum_sample: number },
 *   rows: Record<string, { k: string, value: string, n: number }[]>,
 *   responses?: Record<string, { k: string, n: number }[]>,
 *   labelOf: (dimension: string, key: string) => string,
 *   complaints: { received: number, answered: number, inTimeShare: number | null, medianDays: number | null } }} input
 *   rows: answers per dimension except total; site_engagement keys are 'site|engagement';
 *   responses: people per dimension, total included (its one key is '')
 */
function buildSnapshot(input) {
	const { policy } = input;
	const responses = input.responses || {};
	const cells = [];
	const total = emptyCounts();
	for (const row of input.rows.engagement || []) if (SCALE.includes(row.value)) total[row.value] += row.n;
	cells.push(cellOf('total', '', input.organisation, total, policy, sizesByKey(responses.total)['']));
	for (const dimension of DIMENSIONS.slice(1)) {
		const byKey = countsByKey(input.rows[dimension] || []);
		const people = sizesByKey(responses[dimension]);
		for (const key of Object.keys(byKey).sort())
			cells.push(cellOf(dimension, key, input.labelOf(dimension, key), byKey[key], policy, people[key]));
	}
	return {
		version: 1,
		label: input.label,
		period: { from: input.from, to: input.to },
		organisation: input.organisation,
		policy: { threshold: policy.threshold, minimum_sample: policy.minimum_sample },
		cells,
		complaints: {
			received: input.complaints.received,
			answered: input.complaints.answered,
			in_time_share: input.complaints.inTimeShare,
			median_days: input.complaints.medianDays
		}
	};
}

module.exports = { buildSnapshot, cellOf, DIMENSIONS };
