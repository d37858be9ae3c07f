import { describe, expect, it } from 'vitest';
import { anchorOf, lastFullAnchor, localToday, previousAnchor, rangeOf, recentAnchors } from './period';

describe('calendar periods', () => {
	it('gives the dates of a month, leap years included', () => {
		expect(rangeOf('month', '2026-10')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
		expect(rangeOf('month', '2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
		expect(rangeOf('month', '2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
	});

	it('gives the dates of a quarter and of a year', () => {
		expect(rangeOf('quarter', '2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
		expect(rangeOf('quarter', '2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
		expect(rangeOf('quarter', '2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
		expect(rangeOf('year', '2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
	});

	it('refuses an anchor of the wrong shape', () => {
		expect(() => rangeOf('month', '2026-13')).toThrow(RangeError);
		expect(() => rangeOf('quarter', '2026-Q5')).toThrow(RangeError);
		expect(() => previousAnchor('year', '26')).toThrow(RangeError);
	});

	it('goes back one calendar period, across the year', () => {
		expect(previousAnchor('month', '2026-10')).toBe('2026-09');
		expect(previousAnchor('month', '2026-01')).toBe('2025-12');
		expect(previousAnchor('quarter', '2026-Q1')).toBe('2025-Q4');
		expect(previousAnchor('quarter', '2026-Q3')).toBe('2026-Q2');
		expect(previousAnchor('year', '2026')).toBe('2025');
		// The month before March is the whole of February, not "the same number of days before".
		expect(rangeOf('month', previousAnchor('month', '2026-03'))).toEqual({
			from: '2026-02-01',
			to: '2026-02-28'
		});
	});

	it('finds the period of a day and the last complete one', () => {
		expect(anchorOf('quarter', '2026-11-22')).toBe('2026-Q4');
		expect(anchorOf('month', '2026-11-22')).toBe('2026-11');
		expect(lastFullAnchor('month', '2026-11-22')).toBe('2026-10');
		expect(lastFullAnchor('month', '2026-01-01')).toBe('2025-12');
		expect(lastFullAnchor('quarter', '2026-11-22')).toBe('2026-Q3');
		expect(lastFullAnchor('year', '2026-11-22')).toBe('2025');
	});

	it('lists recent periods newest first', () => {
		expect(recentAnchors('quarter', '2026-02-10', 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
		expect(recentAnchors('month', '2026-02-10', 2)).toEqual(['2026-02', '2026-01']);
	});

	it('reads today in the device’s own calendar', () => {
		expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
	});
});
