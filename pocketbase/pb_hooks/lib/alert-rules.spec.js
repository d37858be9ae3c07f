import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastingChange, suddenChange, windowTally } from './alert-rules.js';

const POLICY = { threshold: 0.75, minimumSample: 30 };

/** A tally: satisfied answers out of those with an opinion. */
const tally = fc
	.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }))
	.map(([satisfied, unsatisfied]) => ({ satisfied, n: satisfied + unsatisfied }));
const policy = fc.record({
	threshold: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
	minimumSample: fc.integer({ min: 1, max: 200 })
});
const more = fc.integer({ min: 1, max: 500 });
const withSatisfied = (t, k) => ({ satisfied: t.satisfied + k, n: t.n + k });
const withUnsatisfied = (t, k) => ({ satisfied: t.satisfied, n: t.n + k });

describe('lastingChange', () => {
	it('opens when satisfaction is clearly under the threshold, not when it merely looks so', () => {
		expect(lastingChange({ satisfied: 60, n: 100 }, false, POLICY)).toBe('open'); // 60 %, up to 69 %
		expect(lastingChange({ satisfied: 70, n: 100 }, false, POLICY)).toBeNull(); // 70 %, up to 78 %
		expect(lastingChange({ satisfied: 14, n: 20 }, false, POLICY)).toBeNull(); // 70 %, too few answers
		expect(lastingChange({ satisfied: 0, n: 29 }, false, POLICY)).toBeNull(); // nobody satisfied, too few
	});

	it('closes when satisfaction is clearly back above the threshold', () => {
		expect(lastingChange({ satisfied: 170, n: 200 }, true, POLICY)).toBe('close'); // 85 %, from 79 %
		expect(lastingChange({ satisfied: 80, n: 100 }, true, POLICY)).toBeNull(); // 80 %, from 71 %
		expect(lastingChange({ satisfied: 60, n: 100 }, true, POLICY)).toBeNull();
	});

	it('does nothing on a sample under the minimum', () => {
		fc.assert(
			fc.property(tally, policy, fc.boolean(), (t, p, open) => {
				fc.pre(t.n < p.minimumSample);
				expect(lastingChange(t, open, p)).toBeNull();
			})
		);
	});

	it('never closes on the figures that opened it, nor reopens on those that closed it (hysteresis)', () => {
		fc.assert(
			fc.property(tally, policy, (t, p) => {
				if (lastingChange(t, false, p) === 'open') expect(lastingChange(t, true, p)).toBeNull();
				if (lastingChange(t, true, p) === 'close') expect(lastingChange(t, false, p)).toBeNull();
			})
		);
		// Exactly at the threshold: neither.
		expect(lastingChange({ satisfied: 750, n: 1000 }, false, POLICY)).toBeNull();
		expect(lastingChange({ satisfied: 750, n: 1000 }, true, POLICY)).toBeNull();
	});

	it('is monotone: more unhappy answers never prevent an opening, more satisfied ones never cause one', () => {
		fc.assert(
			fc.property(tally, policy, more, (t, p, k) => {
				fc.pre(t.n >= p.minimumSample);
				if (lastingChange(t, false, p) === 'open')
					expect(lastingChange(withUnsatisfied(t, k), false, p)).toBe('open');
				else expect(lastingChange(withSatisfied(t, k), false, p)).toBeNull();
				if (lastingChange(t, true, p) === 'close')
					expect(lastingChange(withSatisfied(t, k), true, p)).toBe('close');
				else expect(lastingChange(withUnsatisfied(t, k), true, p)).toBeNull();
			}),
			{ numRuns: 500 }
		);
	});
});

describe('suddenChange', () => {
	const usual = { satisfied: 850, n: 1000 }; // 85 %, from 82.7 %

	it('opens on a day clearly worse than usual, with enough answers that day', () => {
		expect(suddenChange({ satisfied: 20, n: 40 }, usual, false, POLICY)).toBe('open'); // 50 %, up to 65 %
		expect(suddenChange({ satisfied: 30, n: 40 }, usual, false, POLICY)).toBeNull(); // 75 %, up to 86 %
		expect(suddenChange({ satisfied: 5, n: 10 }, usual, false, POLICY)).toBeNull(); // too few that day
		expect(suddenChange({ satisfied: 20, n: 40 }, { satisfied: 17, n: 20 }, false, POLICY)).toBeNull();
	});

	it('closes on a later day back at the usual level, not on a day still under it', () => {
		expect(suddenChange({ satisfied: 34, n: 40 }, usual, true, POLICY)).toBe('close'); // 85 %
		expect(suddenChange({ satisfied: 32, n: 40 }, usual, true, POLICY)).toBeNull(); // 80 %
	});

	it('does nothing under the minimum sample, and never closes on the day that opened it', () => {
		fc.assert(
			fc.property(tally, tally, policy, fc.boolean(), (day, before, p, open) => {
				const change = suddenChange(day, before, open, p);
				if (day.n < p.minimumSample || before.n < p.minimumSample) expect(change).toBeNull();
				if (suddenChange(day, before, false, p) === 'open')
					expect(suddenChange(day, before, true, p)).toBeNull();
			}),
			{ numRuns: 500 }
		);
	});

	it('is monotone in the day’s unhappy answers', () => {
		fc.assert(
			fc.property(tally, tally, policy, more, (day, before, p, k) => {
				fc.pre(day.n >= p.minimumSample);
				if (suddenChange(day, before, false, p) === 'open')
					expect(suddenChange(withUnsatisfied(day, k), before, false, p)).toBe('open');
			}),
			{ numRuns: 500 }
		);
	});
});

describe('windowTally', () => {
	const days = [
		{ day: '2026-11-30', satisfied: 8, n: 10 },
		{ day: '2026-12-02', satisfied: 5, n: 10 },
		{ day: '2026-12-03', satisfied: 9, n: 12 },
		{ day: '2026-12-04', satisfied: 1, n: 4 },
		{ day: '2026-12-05', satisfied: 7, n: 9 }
	];

	it('sums the last days, today included, and nothing after today', () => {
		expect(windowTally(days, { days: 3 }, '2026-12-04')).toEqual({
			satisfied: 15,
			n: 26,
			from: '2026-12-02'
		});
		expect(windowTally(days, { days: 1 }, '2026-12-01')).toEqual({ satisfied: 0, n: 0, from: '2026-12-01' });
		expect(windowTally(days, { days: 14 }, '2026-12-05')).toEqual({
			satisfied: 30,
			n: 45,
			from: '2026-11-22'
		});
	});

	it('takes the most recent whole days that hold the number of answers asked for', () => {
		expect(windowTally(days, { answers: 20 }, '2026-12-05')).toEqual({
			satisfied: 17,
			n: 25,
			from: '2026-12-03'
		});
		expect(windowTally(days, { answers: 9 }, '2026-12-05')).toEqual({
			satisfied: 7,
			n: 9,
			from: '2026-12-05'
		});
		expect(windowTally(days, { answers: 1000 }, '2026-12-05')).toEqual({
			satisfied: 30,
			n: 45,
			from: '2026-11-30'
		});
		expect(windowTally([], { answers: 60 }, '2026-12-05')).toEqual({
			satisfied: 0,
			n: 0,
			from: '2026-12-05'
		});
	});

	it('holds at least the answers asked for, and needs its oldest day to', () => {
		const dayTally = fc.record({
			day: fc
				.date({ min: new Date('2026-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
				.map((d) => d.toISOString().slice(0, 10)),
			satisfied: fc.integer({ min: 0, max: 20 }),
			n: fc.integer({ min: 1, max: 40 })
		});
		const unique = fc.uniqueArray(dayTally, { selector: (d) => d.day, maxLength: 60 });
		fc.assert(
			fc.property(unique, fc.integer({ min: 1, max: 500 }), (list, answers) => {
				const valid = list.map((d) => ({ ...d, satisfied: Math.min(d.satisfied, d.n) }));
				const total = valid.reduce((sum, d) => sum + d.n, 0);
				const t = windowTally(valid, { answers }, '2026-12-31');
				expect(t.n).toBeGreaterThanOrEqual(Math.min(answers, total));
				const newestFirst = [...valid].sort((a, b) => (a.day < b.day ? 1 : -1));
				let taken = 0;
				let k = 0;
				while (taken < t.n) taken += newestFirst[k++].n;
				expect(taken).toBe(t.n);
				if (k > 0 && t.n < total) expect(t.n - newestFirst[k - 1].n).toBeLessThan(answers);
			})
		);
	});
});
