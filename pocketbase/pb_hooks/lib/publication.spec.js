import { describe, expect, it } from 'vitest';
import { buildSnapshot } from './publication.js';

const POLICY = { threshold: 0.75, minimum_sample: 10 };
const rows = (k, vs, s, d, vd, none = 0) =>
	[
		['very_satisfied', vs],
		['satisfied', s],
		['dissatisfied', d],
		['very_dissatisfied', vd],
		['no_opinion', none]
	]
		.filter(([, n]) => n > 0)
		.map(([value, n]) => ({ k, value, n }));

const snapshot = buildSnapshot({
	label: 'Résultats de mars 2026',
	from: '2026-03-01',
	to: '2026-03-31',
	organisation: 'Préfecture de la Moselle',
	policy: POLICY,
	rows: {
		engagement: [...rows('e1', 20, 60, 15, 5, 7), ...rows('e2', 1, 2, 3, 1)],
		site: rows('metz', 21, 62, 18, 6),
		site_engagement: [...rows('metz|e1', 20, 60, 15, 5), ...rows('metz|e2', 1, 2, 3, 1)],
		month: rows('2026-03', 21, 62, 18, 6)
	},
	// People: about one answer per engagement each (a visitor answers e1 and, sometimes, e2).
	responses: {
		total: [{ k: '', n: 99 }],
		engagement: [
			{ k: 'e1', n: 98 },
			{ k: 'e2', n: 7 }
		],
		site: [{ k: 'metz', n: 99 }],
		site_engagement: [
			{ k: 'metz|e1', n: 98 },
			{ k: 'metz|e2', n: 7 }
		]
	},
	labelOf: (dimension, key) => `${dimension}:${key}`,
	complaints: { received: 12, answered: 10, inTimeShare: 0.9, medianDays: 6 }
});
const find = (dimension, key) => snapshot.cells.find((c) => c.dimension === dimension && c.key === key);

describe('a publication snapshot', () => {
	it('publishes each cell with its size, counts, rate, net satisfaction and 95 % interval', () => {
		const cell = find('engagement', 'e1');
		expect(cell).toMatchObject({
			label: 'engagement:e1',
			suppressed: false,
			n: 100,
			rate: 0.8,
			net: 0.6,
			below_threshold: false,
			counts: { very_satisfied: 20, satisfied: 60, dissatisfied: 15, very_dissatisfied: 5, no_opinion: 7 }
		});
		expect(cell.ci_low).toBeCloseTo(0.7112, 4);
		expect(cell.ci_high).toBeCloseTo(0.8666, 4);
	});

	it('suppresses every cell under the minimum sample: neither counts nor size are published', () => {
		for (const cell of [find('engagement', 'e2'), find('site_engagement', 'metz|e2')])
			expect(cell).toEqual({
				dimension: cell.dimension,
				key: cell.key,
				label: cell.label,
				suppressed: true,
				n: null
			});
	});

	it('adds a total for the whole organisation, and the complaint figures', () => {
		expect(find('total', '')).toMatchObject({ label: 'Préfecture de la Moselle', n: 107 });
		expect(snapshot.complaints).toEqual({ received: 12, answered: 10, in_time_share: 0.9, median_days: 6 });
		expect(snapshot.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
		expect(snapshot.policy).toEqual(POLICY);
	});

	it('gives the people behind the answers beside them, for each published cell and overall', () => {
		expect(find('total', '')).toMatchObject({ n: 107, responses: 99 });
		expect(find('engagement', 'e1')).toMatchObject({ n: 100, responses: 98 });
		expect(find('site', 'metz')).toMatchObject({ n: 107, responses: 99 });
		expect(find('site_engagement', 'metz|e1')).toMatchObject({ n: 100, responses: 98 });
	});

	it('publishes no number of people for a suppressed cell, nor one it was not given', () => {
		expect(find('engagement', 'e2')).not.toHaveProperty('responses');
		expect(find('month', '2026-03')).toMatchObject({ suppressed: false, n: 107 });
		expect(find('month', '2026-03')).not.toHaveProperty('responses');
		const before = buildSnapshot({
			label: 'Sans les personnes',
			from: '2026-03-01',
			to: '2026-03-31',
			organisation: 'Préfecture',
			policy: POLICY,
			rows: { engagement: rows('e1', 20, 60, 15, 5) },
			labelOf: (dimension, key) => key,
			complaints: { received: 0, answered: 0, inTimeShare: null, medianDays: null }
		});
		for (const cell of before.cells) expect(cell).not.toHaveProperty('responses');
	});
});
