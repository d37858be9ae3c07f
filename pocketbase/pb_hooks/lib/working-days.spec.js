import { describe, expect, it } from 'vitest';
import { ZONES } from '../../../src/lib/domain/places';
import wd from './working-days.js';

it('knows the same holiday zones as the app’s site schema', () => {
	expect(wd.ZONES).toEqual([...ZONES]);
});

describe('shiftDay', () => {
	it('moves a day forward and back across months, years and leap days', () => {
		expect(wd.shiftDay('2026-04-02', 1)).toBe('2026-04-03');
		expect(wd.shiftDay('2026-03-01', -1)).toBe('2026-02-28');
		expect(wd.shiftDay('2024-03-01', -1)).toBe('2024-02-29');
		expect(wd.shiftDay('2026-12-31', 1)).toBe('2027-01-01');
		expect(wd.shiftDay('2026-04-02', -400)).toBe('2025-02-26');
		expect(wd.shiftDay('2026-04-02', 0)).toBe('2026-04-02');
	});

	it('counts whole calendar days over a daylight-saving change (no zone involved)', () => {
		expect(wd.shiftDay('2026-03-28', 2)).toBe('2026-03-30');
		expect(wd.shiftDay('2026-10-26', -2)).toBe('2026-10-24');
	});
});

describe('easter', () => {
	it.each([
		[2024, '2024-03-31'],
		[2025, '2025-04-20'],
		[2026, '2026-04-05'],
		[2027, '2027-03-28'],
		[2038, '2038-04-25']
	])('Easter %i is %s', (year, date) => {
		expect(wd.easter(year)).toBe(date);
	});
});

describe('publicHolidays', () => {
	it('has the 11 national days in metropole', () => {
		expect(wd.publicHolidays(2026, 'metropole')).toEqual([
			'2026-01-01',
			'2026-04-06',
			'2026-05-01',
			'2026-05-08',
			'2026-05-14',
			'2026-05-25',
			'2026-07-14',
			'2026-08-15',
			'2026-11-01',
			'2026-11-11',
			'2026-12-25'
		]);
	});

	it('adds Good Friday and 26 December in Alsace-Moselle', () => {
		const days = wd.publicHolidays(2026, 'alsace-moselle');
		expect(days).toHaveLength(13);
		expect(days).toContain('2026-04-03');
		expect(days).toContain('2026-12-26');
	});

	it.each([
		['mayotte', '04-27'],
		['martinique', '05-22'],
		['guadeloupe', '05-27'],
		['saint-martin', '05-28'],
		['guyane', '06-10'],
		['saint-barthelemy', '10-09'],
		['la-reunion', '12-20']
	])('adds the abolition of slavery day in %s (%s)', (zone, day) => {
		const days = wd.publicHolidays(2027, zone);
		expect(days).toHaveLength(12);
		expect(days).toContain(`2027-${day}`);
	});

	it('refuses an unknown zone', () => {
		expect(() => wd.publicHolidays(2026, 'corse')).toThrow(/Unknown holiday zone/);
	});
});

describe('addWorkingDays', () => {
	it('skips weekends, Easter Monday, and does not count the day of receipt', () => {
		// Thursday 2 April 2026; Monday 6 April is Easter Monday.
		expect(wd.addWorkingDays('2026-04-02', 15, 'metropole')).toBe('2026-04-24');
	});

	it('also skips Good Friday in Alsace-Moselle', () => {
		expect(wd.addWorkingDays('2026-04-02', 15, 'alsace-moselle')).toBe('2026-04-27');
	});

	it('counts an Ascension bridge day unless the prefecture closes', () => {
		expect(wd.addWorkingDays('2026-05-13', 1, 'metropole')).toBe('2026-05-15');
		expect(wd.addWorkingDays('2026-05-13', 1, 'metropole', ['2026-05-15'])).toBe('2026-05-18');
	});

	it('starts counting on Monday for an item received on Friday or at the weekend', () => {
		expect(wd.addWorkingDays('2026-11-20', 5, 'metropole')).toBe('2026-11-27');
		expect(wd.addWorkingDays('2026-11-21', 5, 'metropole')).toBe('2026-11-27');
		expect(wd.addWorkingDays('2026-11-22', 1, 'metropole')).toBe('2026-11-23');
	});

	it('crosses the year end over Christmas and New Year', () => {
		expect(wd.addWorkingDays('2026-12-24', 3, 'alsace-moselle')).toBe('2026-12-30');
		expect(wd.addWorkingDays('2026-12-31', 1, 'metropole')).toBe('2027-01-04');
	});

	it('skips the local abolition day overseas', () => {
		// Friday 22 May 2026 is a holiday in Martinique only; Monday 25 May is Whit Monday everywhere.
		expect(wd.addWorkingDays('2026-05-21', 1, 'martinique')).toBe('2026-05-26');
		expect(wd.addWorkingDays('2026-05-21', 1, 'guadeloupe')).toBe('2026-05-22');
	});

	it('refuses negative or fractional counts and malformed dates', () => {
		expect(() => wd.addWorkingDays('2026-04-02', -1, 'metropole')).toThrow();
		expect(() => wd.addWorkingDays('2026-04-02', 1.5, 'metropole')).toThrow();
		expect(() => wd.addWorkingDays('02/04/2026', 1, 'metropole')).toThrow(/YYYY-MM-DD/);
	});
});

describe('workingDaysBetween', () => {
	it('is the inverse of addWorkingDays', () => {
		expect(wd.workingDaysBetween('2026-04-02', '2026-04-24', 'metropole')).toBe(15);
		expect(wd.workingDaysBetween('2026-04-24', '2026-04-02', 'metropole')).toBe(0);
	});
});

describe('receiptDate', () => {
	it('uses the prefecture’s time zone, not UTC', () => {
		expect(wd.receiptDate('2026-04-02T22:30:00Z', 'Europe/Paris')).toBe('2026-04-03');
		expect(wd.receiptDate('2026-04-03T03:30:00Z', 'America/Martinique')).toBe('2026-04-02');
		expect(wd.receiptDate('2026-04-02T20:30:00Z', 'Indian/Reunion')).toBe('2026-04-03');
	});

	it('refuses what is not an instant', () => {
		expect(() => wd.receiptDate('hier', 'Europe/Paris')).toThrow(/Not an instant/);
	});
});

describe('endOfDay and deadline', () => {
	it('ends the day at 23:59:59.999 local time, summer and winter', () => {
		expect(wd.endOfDay('2026-04-03', 'Europe/Paris')).toBe('2026-04-03T21:59:59.999Z');
		expect(wd.endOfDay('2026-01-05', 'Europe/Paris')).toBe('2026-01-05T22:59:59.999Z');
		expect(wd.endOfDay('2026-01-05', 'America/Cayenne')).toBe('2026-01-06T02:59:59.999Z');
		expect(wd.endOfDay('2026-03-29', 'Europe/Paris')).toBe('2026-03-29T21:59:59.999Z');
	});

	it('gives the receipt date, due date and due instant of an item', () => {
		const site = { timeZone: 'America/Martinique', zone: 'martinique', closures: [] };
		// 23:30 in Martinique on Thursday 21 May is already Friday in UTC.
		expect(wd.deadline('2026-05-22T03:30:00Z', 1, site)).toEqual({
			receivedOn: '2026-05-21',
			dueOn: '2026-05-26',
			dueAt: '2026-05-27T03:59:59.999Z'
		});
	});
});
