import { describe, expect, it } from 'vitest';
import { checkHold, latestHold, windowDays } from './holds.js';

const TODAY = '2026-12-07';

describe('checkHold', () => {
	it('takes a day after today and a reason', () => {
		expect(checkHold({ until: '2027-06-30', reason: '  Recours au tribunal administratif ' }, TODAY)).toEqual(
			{
				until: '2027-06-30',
				reason: 'Recours au tribunal administratif'
			}
		);
	});

	it('releases with an empty day, the reason then optional', () => {
		expect(checkHold({ until: '' }, TODAY)).toEqual({ until: '', reason: '' });
		expect(checkHold({ until: '', reason: 'Litige clos' }, TODAY)).toEqual({
			until: '',
			reason: 'Litige clos'
		});
	});

	it('refuses each wrong value with its code, never coercing', () => {
		expect(checkHold({ reason: 'Litige' }, TODAY)).toEqual({ errors: { until: 'required' } });
		expect(checkHold({ until: '2027-02-30', reason: 'Litige' }, TODAY)).toEqual({
			errors: { until: 'invalid' }
		});
		expect(checkHold({ until: 20270630, reason: 'Litige' }, TODAY)).toEqual({ errors: { until: 'invalid' } });
		expect(checkHold({ until: TODAY, reason: 'Litige' }, TODAY)).toEqual({ errors: { until: 'past' } });
		expect(checkHold({ until: '2037-12-08', reason: 'Litige' }, TODAY)).toEqual({
			errors: { until: 'too_far' }
		});
		expect(checkHold({ until: '2027-06-30' }, TODAY)).toEqual({ errors: { reason: 'required' } });
		expect(checkHold({ until: '2027-06-30', reason: 'ab' }, TODAY)).toEqual({
			errors: { reason: 'too_short' }
		});
		expect(checkHold({ until: '2027-06-30', reason: 'x'.repeat(501) }, TODAY)).toEqual({
			errors: { reason: 'too_long' }
		});
		expect(checkHold({ until: '2027-06-30', reason: ['Litige'] }, TODAY)).toEqual({
			errors: { reason: 'invalid' }
		});
		expect(checkHold(null, TODAY)).toEqual({ errors: { body: 'invalid' } });
	});
});

describe('windowDays', () => {
	it('is 30 by default and 1–365 otherwise', () => {
		expect(windowDays('')).toBe(30);
		expect(windowDays('40')).toBe(40);
		for (const raw of ['0', '366', '-1', '3.5', 'abc', '1e2']) expect(windowDays(raw), raw).toBeNull();
	});
});

describe('latestHold', () => {
	it('is the same date ten years on, 29 February giving the 28th', () => {
		expect(latestHold('2026-12-07')).toBe('2036-12-07');
		expect(latestHold('2028-02-29')).toBe('2038-02-28');
	});
});
