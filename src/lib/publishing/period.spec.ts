import { describe, expect, it } from 'vitest';
import {
	dayCount,
	defaultChoice,
	firstValue,
	isDay,
	monthPeriod,
	periodOf,
	quarterPeriod,
	recentMonths,
	recentQuarters,
	recentYears,
	yearPeriod
} from './period';

describe('calendar periods', () => {
	it('end months on their last day, leap years included', () => {
		expect(monthPeriod('2026-10')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
		expect(monthPeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
		expect(monthPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
	});

	it('cover quarters and years', () => {
		expect(quarterPeriod('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
		expect(quarterPeriod('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
		expect(yearPeriod('2025')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
	});

	it('offer the complete months, quarters and years before today, across year ends', () => {
		expect(recentMonths('2026-02-10', 3)).toEqual(['2026-01', '2025-12', '2025-11']);
		expect(recentQuarters('2026-02-10', 2)).toEqual(['2025-Q4', '2025-Q3']);
		expect(recentQuarters('2026-11-22', 1)).toEqual(['2026-Q3']);
		expect(recentYears('2026-11-22', 2)).toEqual(['2025', '2024']);
		expect(defaultChoice('2026-11-22')).toMatchObject({ kind: 'month', value: '2026-10' });
		expect(firstValue('quarter', '2026-11-22')).toBe('2026-Q3');
		expect(firstValue('custom', '2026-11-22')).toBe('');
	});
});

describe('periodOf', () => {
	it('turns each kind of choice into dates', () => {
		expect(periodOf({ kind: 'month', value: '2026-10', from: '', to: '' })).toEqual(monthPeriod('2026-10'));
		expect(periodOf({ kind: 'year', value: '2025', from: '', to: '' })).toEqual(yearPeriod('2025'));
		expect(periodOf({ kind: 'custom', value: '', from: '2026-10-05', to: '2026-10-20' })).toEqual({
			from: '2026-10-05',
			to: '2026-10-20'
		});
	});

	it('refuses missing, impossible or reversed custom dates', () => {
		expect(periodOf({ kind: 'custom', value: '', from: '', to: '2026-10-20' })).toBeNull();
		expect(periodOf({ kind: 'custom', value: '', from: '2026-02-30', to: '2026-03-02' })).toBeNull();
		expect(periodOf({ kind: 'custom', value: '', from: '2026-10-21', to: '2026-10-20' })).toBeNull();
		expect(periodOf({ kind: 'month', value: 'octobre', from: '', to: '' })).toBeNull();
		expect(isDay('2024-02-29')).toBe(true);
		expect(isDay('2026-13-01')).toBe(false);
	});

	it('counts the days of a period, both ends included', () => {
		expect(dayCount(monthPeriod('2026-10'))).toBe(31);
		expect(dayCount({ from: '2026-03-29', to: '2026-03-29' })).toBe(1);
	});
});
