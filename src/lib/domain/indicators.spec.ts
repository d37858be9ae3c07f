import { describe, expect, it } from 'vitest';
import { addCounts, changeInPoints, emptyCounts, percentile, satisfaction, wilson } from './indicators';

const counts = (vs: number, s: number, d: number, vd: number, none = 0) => ({
	very_satisfied: vs,
	satisfied: s,
	dissatisfied: d,
	very_dissatisfied: vd,
	no_opinion: none
});

describe('the Wilson interval', () => {
	it('matches published values', () => {
		// 81 of 263 (Wilson 1927 / Newcombe 1998 worked example): 0.2553 – 0.3662.
		const interval = wilson(81, 263);
		expect(interval?.low).toBeCloseTo(0.2553, 4);
		expect(interval?.high).toBeCloseTo(0.3662, 4);
	});

	it('stays within 0 and 1 and is not degenerate at the extremes', () => {
		const none = wilson(0, 10);
		expect(none?.low).toBe(0);
		expect(none?.high).toBeCloseTo(0.2775, 4);
		const all = wilson(10, 10);
		expect(all?.high).toBe(1);
		expect(all?.low).toBeCloseTo(0.7225, 4);
	});

	it('is null without observations and refuses impossible counts', () => {
		expect(wilson(0, 0)).toBeNull();
		expect(() => wilson(11, 10)).toThrow(RangeError);
	});
});

describe('satisfaction of a cell', () => {
	it('counts the very satisfied and satisfied among the answers with an opinion', () => {
		const cell = satisfaction(counts(30, 45, 15, 10, 25), 0.75, 10);
		expect(cell.n).toBe(100);
		expect(cell.rate).toBe(0.75);
		expect(cell.net).toBeCloseTo(0.5, 10);
		expect(cell.belowThreshold).toBe(false);
		expect(cell.small).toBe(false);
	});

	it('flags a rate under the threshold, but not in a cell too small to judge', () => {
		expect(satisfaction(counts(30, 44, 16, 10), 0.75, 10).belowThreshold).toBe(true);
		const small = satisfaction(counts(1, 2, 5, 1), 0.75, 10);
		expect(small).toMatchObject({ n: 9, small: true, belowThreshold: false });
	});

	it('has no rate without opinions ("sans avis" only)', () => {
		expect(satisfaction(counts(0, 0, 0, 0, 12), 0.75, 10)).toMatchObject({
			n: 0,
			rate: null,
			net: null,
			interval: null,
			small: true
		});
	});
});

describe('comparisons and answer times', () => {
	it('gives the change in percentage points, one decimal', () => {
		expect(changeInPoints(0.8123, 0.75)).toBe(6.2);
		expect(changeInPoints(0.7, 0.75)).toBe(-5);
		expect(changeInPoints(null, 0.75)).toBeNull();
	});

	it('takes the median and the 90th percentile by nearest rank', () => {
		const days = [3, 1, 9, 4, 15, 2, 7, 5, 6, 8];
		expect(percentile(days, 50)).toBe(5);
		expect(percentile(days, 90)).toBe(9);
		expect(percentile([12], 90)).toBe(12);
		expect(percentile([], 50)).toBeNull();
	});

	it('adds cells together', () => {
		expect(addCounts(counts(1, 2, 3, 4, 5), counts(10, 20, 30, 40, 50), emptyCounts())).toEqual(
			counts(11, 22, 33, 44, 55)
		);
	});
});
