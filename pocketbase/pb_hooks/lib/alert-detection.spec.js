import { describe, expect, it } from 'vitest';
import { afterClosings, detect, placesOf } from './alert-detection.js';

const POLICY = { threshold: 0.75, minimumSample: 30, window: { days: 14 }, usualDays: 28 };
const TODAY = '2026-12-05';

/** Count rows for one place: each day, `satisfied` satisfied answers and `unsatisfied` others. */
function rows(scope, place, days) {
	return days.flatMap(({ day, satisfied, unsatisfied, noOpinion = 0 }) => [
		{ scope, place, day, value: 'satisfied', n: satisfied },
		{ scope, place, day, value: 'very_dissatisfied', n: unsatisfied },
		{ scope, place, day, value: 'no_opinion', n: noOpinion }
	]);
}

/** `count` days ending on `last`, each with the same answers. */
function daysUntil(last, count, answers) {
	return Array.from({ length: count }, (_, i) => ({
		day: new Date(Date.parse(`${last}T00:00:00Z`) - i * 86400000).toISOString().slice(0, 10),
		...answers
	}));
}

describe('placesOf', () => {
	it('tallies each place by day, answers with an opinion only', () => {
		const places = placesOf([
			...rows('point', 'p1', [{ day: TODAY, satisfied: 3, unsatisfied: 1, noOpinion: 5 }]),
			{ scope: 'point', place: 'p1', day: TODAY, value: 'very_satisfied', n: 2 },
			{ scope: 'site', place: 's1', day: TODAY, value: 'satisfied', n: 4 },
			{ scope: 'point', place: '', day: TODAY, value: 'satisfied', n: 9 }
		]);
		expect(places).toEqual([
			{ scope: 'point', place: 'p1', days: [{ day: TODAY, satisfied: 5, n: 6 }] },
			{ scope: 'site', place: 's1', days: [{ day: TODAY, satisfied: 4, n: 4 }] }
		]);
	});
});

describe('detect', () => {
	it('opens a lasting alert where the window is clearly under the threshold, and nowhere else', () => {
		const places = placesOf([
			...rows('point', 'low', daysUntil(TODAY, 14, { satisfied: 3, unsatisfied: 2 })), // 60 % of 70
			...rows('point', 'fine', daysUntil(TODAY, 14, { satisfied: 4, unsatisfied: 1 })), // 80 % of 70
			...rows('point', 'few', daysUntil(TODAY, 4, { satisfied: 3, unsatisfied: 2 })) // 60 % of 20
		]);
		const { open, close } = detect(places, [], POLICY, TODAY);
		expect(open).toEqual([
			{
				scope: 'point',
				place: 'low',
				kind: 'lasting',
				day: TODAY,
				figures: {
					satisfied: 42,
					n: 70,
					rate: 0.6,
					low: expect.any(Number),
					high: expect.any(Number),
					from: '2026-11-22',
					to: TODAY
				}
			}
		]);
		expect(open[0].figures.high).toBeLessThan(0.75);
		expect(close).toEqual([]);
	});

	it('keeps an open alert while the figures hover around the threshold, closes it once clearly above', () => {
		const lasting = { scope: 'point', place: 'p', kind: 'lasting', day: '2026-11-20' };
		const hovering = placesOf(rows('point', 'p', daysUntil(TODAY, 14, { satisfied: 8, unsatisfied: 2 }))); // 80 % of 140
		expect(detect(hovering, [lasting], POLICY, TODAY)).toEqual({ open: [], close: [] });
		const recovered = placesOf(rows('point', 'p', daysUntil(TODAY, 14, { satisfied: 18, unsatisfied: 2 }))); // 90 % of 280
		expect(detect(recovered, [lasting], POLICY, TODAY).close).toEqual([
			{ ...lasting, figures: expect.objectContaining({ satisfied: 252, n: 280 }) }
		]);
		// An open alert is not opened twice.
		const low = placesOf(rows('point', 'p', daysUntil(TODAY, 14, { satisfied: 3, unsatisfied: 2 })));
		expect(detect(low, [lasting], POLICY, TODAY)).toEqual({ open: [], close: [] });
	});

	it('opens a sudden alert on a day clearly worse than the usual, closes it on a later day back to it', () => {
		const usual = daysUntil('2026-12-04', 28, { satisfied: 17, unsatisfied: 3 }); // 85 % of 560
		const bad = placesOf(rows('site', 's', [...usual, { day: TODAY, satisfied: 15, unsatisfied: 15 }]));
		const { open } = detect(bad, [], POLICY, TODAY);
		expect(open).toEqual([
			expect.objectContaining({
				scope: 'site',
				place: 's',
				kind: 'sudden',
				day: TODAY,
				figures: expect.objectContaining({ satisfied: 15, n: 30, from: TODAY, to: TODAY }),
				usual: expect.objectContaining({ n: 560, from: '2026-11-07', to: '2026-12-04' })
			})
		]);
		const sudden = { scope: 'site', place: 's', kind: 'sudden', day: TODAY };
		// Not closed on its own day, however the day's answers turn.
		const better = placesOf(rows('site', 's', [...usual, { day: TODAY, satisfied: 60, unsatisfied: 5 }]));
		expect(detect(better, [sudden], POLICY, TODAY).close).toEqual([]);
		// The next day, back at the usual level: closed.
		const next = '2026-12-06';
		const nextDay = placesOf(
			rows('site', 's', [
				...daysUntil(TODAY, 28, { satisfied: 17, unsatisfied: 3 }),
				{ day: next, satisfied: 26, unsatisfied: 4 }
			])
		);
		expect(detect(nextDay, [sudden], POLICY, next).close).toEqual([
			{ ...sudden, figures: expect.objectContaining({ satisfied: 26, n: 30 }) }
		]);
	});

	it('raises nothing on a quiet day or a small sample', () => {
		const quiet = placesOf(
			rows('engagement', 'e', daysUntil('2026-12-04', 28, { satisfied: 1, unsatisfied: 0 }))
		);
		expect(detect(quiet, [], POLICY, TODAY)).toEqual({ open: [], close: [] });
		const small = placesOf(rows('engagement', 'e', [{ day: TODAY, satisfied: 0, unsatisfied: 29 }]));
		expect(detect(small, [], { ...POLICY, window: { answers: 60 } }, TODAY)).toEqual({ open: [], close: [] });
	});
});

describe('afterClosings', () => {
	const opening = (kind, from) => ({
		scope: 'point',
		place: 'p',
		kind,
		day: '2026-12-05',
		figures: { satisfied: 1, n: 20, rate: 0.05, low: 0, high: 0.2, from, to: '2026-12-05' }
	});

	it('judges a new alert on answers after the referent closed the last one only', () => {
		const closedOn = { 'lasting:point:p': '2026-12-01', 'sudden:point:p': '2026-12-05' };
		expect(afterClosings([opening('lasting', '2026-11-22')], closedOn)).toEqual([]);
		expect(afterClosings([opening('lasting', '2026-12-01')], closedOn)).toEqual([]);
		expect(afterClosings([opening('lasting', '2026-12-02')], closedOn)).toHaveLength(1);
		// A sudden alert closed today does not come back today; tomorrow's may open.
		expect(afterClosings([opening('sudden', '2026-12-05')], closedOn)).toEqual([]);
		expect(afterClosings([opening('sudden', '2026-12-05')], {})).toHaveLength(1);
		expect(afterClosings([{ ...opening('lasting', '2026-11-22'), place: 'q' }], closedOn)).toHaveLength(1);
	});
});
