import { describe, expect, it } from 'vitest';
import { cell, hidden, snapshot } from './snapshot.fixture';
import { publicationRecordSchema, publicationSummarySchema, snapshotSchema } from './snapshot';

/** The first issue's path and code when `value` is refused. */
function refusal(value: unknown) {
	const result = snapshotSchema.safeParse(value);
	expect(result.success).toBe(false);
	const issue = result.error?.issues[0];
	return { path: issue?.path, code: issue?.code };
}

describe('a snapshot', () => {
	it('keeps a suppressed cell without figures, and figures at their bounds', () => {
		const bounds = { ...cell('site', 's', 'Metz', 10, 10), rate: 1, net: -1, ci_low: 0, ci_high: null };
		const s = snapshot([hidden('point', 'p', 'Guichet'), bounds]);
		expect(snapshotSchema.parse(s)).toEqual(s);
	});

	it('refuses counts that are negative or not whole', () => {
		expect(refusal(snapshot([{ ...cell('site', 's', 'Metz', 10, 5), n: -1 }]))).toEqual({
			path: ['cells', 1, 'n'],
			code: 'too_small'
		});
		expect(refusal(snapshot([{ ...cell('site', 's', 'Metz', 10, 5), responses: 1.5 }]))).toEqual({
			path: ['cells', 1, 'responses'],
			code: 'invalid_type'
		});
	});

	it('refuses shares outside 0–1 and a net score outside −1–1', () => {
		expect(refusal(snapshot([{ ...cell('site', 's', 'Metz', 10, 5), rate: 1.01 }]))).toEqual({
			path: ['cells', 1, 'rate'],
			code: 'too_big'
		});
		expect(refusal(snapshot([{ ...cell('site', 's', 'Metz', 10, 5), net: -1.5 }]))).toEqual({
			path: ['cells', 1, 'net'],
			code: 'too_small'
		});
		const policy = { threshold: 0.75, minimum_sample: 0 };
		expect(refusal({ ...snapshot(), policy })).toEqual({
			path: ['policy', 'minimum_sample'],
			code: 'too_small'
		});
		const complaints = { received: 1, answered: 1, in_time_share: null, median_days: -1 };
		expect(refusal({ ...snapshot(), complaints })).toEqual({
			path: ['complaints', 'median_days'],
			code: 'too_small'
		});
	});
});

describe('a publication', () => {
	const record = {
		id: 'p1',
		label: 'Octobre 2026',
		period_from: '2026-10-01',
		period_to: '2026-10-31',
		created: '2026-11-02 08:00:00.000Z',
		snapshot: snapshot()
	};

	it('is read whole, and listed without its snapshot', () => {
		expect(publicationRecordSchema.parse(record)).toEqual(record);
		const { snapshot: _omitted, ...summary } = record;
		expect(publicationSummarySchema.parse(record)).toEqual(summary);
	});
});
