import { describe, expect, it } from 'vitest';
import { alertFiguresSchema, alertSchema } from './alerts';

const figures = {
	satisfied: 42,
	n: 70,
	rate: 0.6,
	low: 0.48,
	high: 0.7,
	from: '2026-11-22',
	to: '2026-12-05'
};

describe('an alert', () => {
	it('holds the figures it opened on, the usual ones for a sudden fall', () => {
		const alert = { kind: 'sudden', scope: 'point', status: 'open', opened_on: '2026-12-05', figures };
		expect(alertSchema.parse(alert)).toEqual(alert);
		const usual = { ...figures, satisfied: 224, n: 280, rate: 0.8 };
		expect(alertFiguresSchema.parse({ ...figures, usual })).toEqual({ ...figures, usual });
	});

	it('refuses figures out of their bounds and days that are not days', () => {
		expect(alertFiguresSchema.safeParse({ ...figures, rate: 1.2 }).success).toBe(false);
		expect(alertFiguresSchema.safeParse({ ...figures, n: -1 }).success).toBe(false);
		expect(alertFiguresSchema.safeParse({ ...figures, from: '2026-13-01' }).success).toBe(false);
		expect(
			alertSchema.safeParse({ kind: 'lasting', scope: 'room', status: 'open', opened_on: '2026-12-05' })
				.success
		).toBe(false);
	});
});
