// Satisfaction figures from answer counts, as the README's glossary defines them. The server counts (SQL GROUP BY);
// the browser turns counts into rates, intervals and comparisons with these pure functions.
import type { ScaleValue } from './survey';

/** Answers per value of the scale for one cell (an engagement, a site, a month…). */
export type ScaleCounts = Record<ScaleValue, number>;

export const emptyCounts = (): ScaleCounts => ({
	very_satisfied: 0,
	satisfied: 0,
	dissatisfied: 0,
	very_dissatisfied: 0,
	no_opinion: 0
});

/** A 95 % confidence interval, as proportions between 0 and 1. */
export interface Interval {
	low: number;
	high: number;
}

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval of a proportion of `successes` out of `n` (better than the normal approximation
 * for small samples and rates near 0 or 1). Null when there is no observation.
 */
export function wilson(successes: number, n: number, z = Z95): Interval | null {
	if (!Number.isInteger(n) || n <= 0) return null;
	if (!Number.isInteger(successes) || successes < 0 || successes > n)
		throw new RangeError(`${successes} successes out of ${n}`);
	const p = successes / n;
	const z2 = z * z;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	// Exactly 0 and 1 at the extremes, where rounding would leave 1e-16 off.
	return {
		low: successes === 0 ? 0 : Math.max(0, centre - half),
		high: successes === n ? 1 : Math.min(1, centre + half)
	};
}

export interface Satisfaction {
	/** Answers with an opinion: the denominator. "Sans avis" is left out. */
	n: number;
	/** Very satisfied + satisfied, over n; null without any opinion. */
	rate: number | null;
	/** Satisfied share minus dissatisfied share, between −1 and 1; null without any opinion. */
	net: number | null;
	interval: Interval | null;
	/** Fewer answers than the policy's minimum sample: not published, shown with a warning. */
	small: boolean;
	/** Under the policy's threshold (only for a cell that is not small). */
	belowThreshold: boolean;
}

/**
 * The satisfaction figures of a cell.
 * @param threshold the policy's satisfaction threshold (0.75)
 * @param minimumSample the policy's minimum sample (10)
 */
export function satisfaction(counts: ScaleCounts, threshold: number, minimumSample: number): Satisfaction {
	const satisfied = counts.very_satisfied + counts.satisfied;
	const dissatisfied = counts.dissatisfied + counts.very_dissatisfied;
	const n = satisfied + dissatisfied;
	const rate = n > 0 ? satisfied / n : null;
	const small = n < minimumSample;
	return {
		n,
		rate,
		net: n > 0 ? (satisfied - dissatisfied) / n : null,
		interval: wilson(satisfied, n),
		small,
		belowThreshold: !small && rate !== null && rate < threshold
	};
}

/** Change of a rate against the previous period, in percentage points; null when either is unknown. */
export function changeInPoints(current: number | null, previous: number | null): number | null {
	if (current === null || previous === null) return null;
	return Math.round((current - previous) * 1000) / 10;
}

/** The p-th percentile (0–100) of values, by the nearest-rank method; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
	if (values.length === 0) return null;
	if (p < 0 || p > 100) throw new RangeError(`percentile ${p}`);
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1]!;
}

/** Adds counts together (e.g. the months of a quarter). */
export function addCounts(...cells: ScaleCounts[]): ScaleCounts {
	const total = emptyCounts();
	for (const cell of cells) for (const key of Object.keys(total) as ScaleValue[]) total[key] += cell[key];
	return total;
}
