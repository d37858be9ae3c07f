import { describe, expect, it } from 'vitest';
import { emptyCounts, type ScaleCounts } from '$lib/domain/indicators';
import { previewCell, previewSnapshot, suppressedCount, type IndicatorAnswer } from './preview';

const counts = (satisfied: number, dissatisfied: number, noOpinion = 0): ScaleCounts => ({
	...emptyCounts(),
	satisfied,
	dissatisfied,
	no_opinion: noOpinion
});
const policy = { threshold: 0.75, minimum_sample: 10 };
const answer = (cells: IndicatorAnswer['cells']): IndicatorAnswer => ({
	cells,
	total: { counts: counts(30, 5) },
	complaints: { received: 3, answered: 2, inTimeShare: 0.5, medianDays: 7 },
	policy
});

describe('previewCell', () => {
	it('suppresses a cell under the minimum sample, sans avis not counted', () => {
		expect(previewCell('site', 's', 'S', counts(5, 4, 8), policy)).toEqual({
			dimension: 'site',
			key: 's',
			label: 'S',
			suppressed: true,
			n: null
		});
	});

	it('gives the figures of a cell at the minimum sample', () => {
		const c = previewCell('site', 's', 'S', counts(7, 3), policy);
		expect(c).toMatchObject({ suppressed: false, n: 10, rate: 0.7, below_threshold: true });
		expect(c.ci_low).toBeLessThan(0.7);
		expect(c.ci_high).toBeGreaterThan(0.7);
	});
});

describe('previewSnapshot', () => {
	it('builds the cells the server will freeze, site × engagement included', () => {
		const s = previewSnapshot({
			label: 'Octobre',
			period: { from: '2026-10-01', to: '2026-10-31' },
			organisation: 'Préfecture',
			by: {
				engagement: answer([
					{ key: 'e1', counts: counts(20, 2) },
					{ key: 'e2', counts: counts(2, 1) }
				]),
				site: answer([{ key: 'metz', counts: counts(22, 3) }]),
				point: answer([]),
				channel: answer([{ key: 'web', counts: counts(10, 0) }]),
				month: answer([{ key: '2026-10', counts: counts(22, 3) }])
			},
			bySite: { metz: answer([{ key: 'e1', counts: counts(20, 2) }]) },
			labelOf: (dimension, key) => `${dimension}:${key}`
		});
		expect(s.cells.map((c) => [c.dimension, c.key, c.suppressed])).toEqual([
			['total', '', false],
			['engagement', 'e1', false],
			['engagement', 'e2', true],
			['site', 'metz', false],
			['channel', 'web', false],
			['month', '2026-10', false],
			['site_engagement', 'metz|e1', false]
		]);
		expect(s.cells[0]).toMatchObject({ n: 35, label: 'Préfecture' });
		expect(s.cells.at(-1)!.label).toBe('site_engagement:metz|e1');
		expect(s.complaints).toEqual({ received: 3, answered: 2, in_time_share: 0.5, median_days: 7 });
		expect(suppressedCount(s)).toBe(1);
	});

	it('carries the people behind the answers where the counts give them, and only there', () => {
		const withPeople: IndicatorAnswer = {
			...answer([{ key: 'e1', counts: counts(20, 2), responses: 21 }]),
			total: { counts: counts(30, 5), responses: 33 }
		};
		const s = previewSnapshot({
			label: 'Octobre',
			period: { from: '2026-10-01', to: '2026-10-31' },
			organisation: 'Préfecture',
			by: {
				engagement: withPeople,
				site: answer([{ key: 'metz', counts: counts(22, 3) }]),
				point: answer([]),
				channel: answer([]),
				month: answer([])
			},
			bySite: {},
			labelOf: (dimension, key) => key
		});
		expect(s.cells[0]).toMatchObject({ dimension: 'total', n: 35, responses: 33 });
		expect(s.cells[1]).toMatchObject({ dimension: 'engagement', n: 22, responses: 21 });
		expect(s.cells[2]).not.toHaveProperty('responses');
	});
});
