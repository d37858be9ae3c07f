import { describe, expect, it } from 'vitest';
import { emptyCounts, type ScaleCounts } from '$lib/domain/indicators';
import { boardRows, rowOf } from './board';

const policy = { threshold: 0.75, minimum_sample: 10 };
const counts = (vs: number, s: number, d: number, vd: number, none = 0): ScaleCounts => ({
	very_satisfied: vs,
	satisfied: s,
	dissatisfied: d,
	very_dissatisfied: vd,
	no_opinion: none
});
/** A board cell's row, labelled with its key in capitals. */
const rowFor = (key: string, now: ScaleCounts, previous: ScaleCounts | null) =>
	rowOf({ key, counts: now, previous }, key.toUpperCase(), policy);

describe('a board row', () => {
	it('turns counts into n, rate, net, interval and change in points', () => {
		const row = rowFor('e1', counts(30, 30, 15, 5, 7), counts(40, 30, 8, 2));
		expect(row.n).toBe(80);
		expect(row.rate).toBe(0.75);
		expect(row.net).toBe(0.5);
		expect(row.low).toBeCloseTo(0.6452, 4);
		expect(row.high).toBeCloseTo(0.8319, 4);
		expect(row.previousRate).toBeCloseTo(0.875, 10);
		expect(row.change).toBe(-12.5);
		// Exactly on the threshold is not under it.
		expect(row.belowThreshold).toBe(false);
		expect(row.small).toBe(false);
	});

	it('marks a cell under the threshold', () => {
		const row = rowFor('e7', counts(10, 20, 15, 5), null);
		expect(row.rate).toBe(0.6);
		expect(row.belowThreshold).toBe(true);
		expect(row.change).toBeNull();
	});

	it('flags a small sample and neither judges its rate nor compares it', () => {
		const row = rowFor('x', counts(1, 2, 4, 1, 5), counts(20, 20, 1, 0));
		expect(row.n).toBe(8);
		expect(row.rate).toBe(0.375);
		expect(row.small).toBe(true);
		expect(row.belowThreshold).toBe(false);
		expect(row.change).toBeNull();
		// Nor against a small previous period.
		expect(rowFor('y', counts(20, 20, 1, 0), counts(1, 1, 1, 0)).change).toBeNull();
	});

	it('has no rate without any opinion', () => {
		const row = rowFor('z', { ...emptyCounts(), no_opinion: 4 }, emptyCounts());
		expect(row).toMatchObject({
			n: 0,
			rate: null,
			net: null,
			low: null,
			high: null,
			change: null,
			small: true
		});
	});
});

describe('the board’s rows', () => {
	const answer = {
		by: 'engagement',
		cells: [
			{ key: 'b', counts: counts(20, 20, 5, 5), previous: counts(10, 10, 0, 0) },
			{ key: 'a', counts: counts(5, 5, 5, 5), previous: counts(10, 10, 0, 0) }
		],
		total: { counts: counts(25, 25, 10, 10), previous: counts(20, 20, 0, 0) }
	};
	const ranks: Record<string, number> = { a: 2, b: 1 };

	it('sorts the rows as described and adds the total', () => {
		const { rows, total } = boardRows(
			answer,
			policy,
			(key) => ({ label: key.toUpperCase(), rank: ranks[key]! }),
			'Ensemble'
		);
		expect(rows.map((r) => [r.key, r.label, r.change])).toEqual([
			['b', 'B', -20],
			['a', 'A', -50]
		]);
		expect(total).toMatchObject({ key: '', label: 'Ensemble', n: 70, change: -28.6 });
	});

	it('compares a trend by month only in its total', () => {
		const { rows, total } = boardRows(
			{ ...answer, by: 'month' },
			policy,
			(key) => ({ label: key, rank: key }),
			'T'
		);
		expect(rows.map((r) => r.key)).toEqual(['a', 'b']);
		expect(rows.every((r) => r.change === null && r.previousRate === null)).toBe(true);
		expect(total.change).toBe(-28.6);
	});
});
