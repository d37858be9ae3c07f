// Satisfaction figures for published results, computed once at publication on the server: the same
// formulas as src/lib/domain/indicators.ts (which the board uses in the browser); satisfaction.spec.js
// checks that both agree on random counts.

const Z95 = 1.959963984540054;

/** Wilson score interval of successes out of n, or null for n = 0. */
function wilson(successes, n, z = Z95) {
	if (n <= 0) return null;
	const p = successes / n;
	const z2 = z * z;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	return {
		low: successes === 0 ? 0 : Math.max(0, centre - half),
		high: successes === n ? 1 : Math.min(1, centre + half)
	};
}

/** Rate, net satisfaction and interval of a cell's counts; small under the minimum sample. */
function satisfaction(counts, threshold, minimumSample) {
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

module.exports = { wilson, satisfaction, Z95 };
