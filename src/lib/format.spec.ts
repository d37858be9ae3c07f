import { describe, expect, it } from 'vitest';
import {
	dateAndTime,
	formatCount,
	formatDay,
	formatFileSize,
	formatInstant,
	formatInterval,
	formatMonth,
	formatNet,
	formatPoints,
	formatRate,
	formatRelative,
	longDate,
	parseInstant,
	percentOf,
	shortDate
} from './format';

// Intl separates "72,4" and "%", or a date's parts, with no-break spaces (narrow or not) in French.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const now = new Date('2026-11-22T14:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;

describe('rates and figures', () => {
	it('rounds rates to one decimal of a per cent, the same on every screen', () => {
		expect(percentOf(0.72444)).toBe(72.4);
		expect(percentOf(0.72451)).toBe(72.5);
		expect(plain(formatRate(0.72444, 'fr'))).toBe('72,4 %');
		expect(formatRate(0.72444, 'en')).toBe('72.4%');
		expect(plain(formatRate(0.8512, 'fr'))).toBe('85,1 %');
		expect(formatRate(0.8512, 'en')).toBe('85.1%');
		// One decimal even when it is zero: the board, the results page and the lobby read alike.
		expect(plain(formatRate(0.85, 'fr'))).toBe('85,0 %');
		expect(plain(formatRate(1, 'fr'))).toBe('100,0 %');
		expect(formatRate(null, 'fr')).toBe('—');
	});

	it('signs changes in points', () => {
		expect(formatPoints(3.14, 'fr')).toBe('+3,1');
		expect(formatPoints(-12.5, 'fr')).toBe('−12,5');
		expect(formatPoints(0, 'fr')).toBe('0,0');
		expect(formatPoints(null, 'fr')).toBe('—');
		expect(formatNet(0.5, 'fr')).toBe('+50,0');
	});

	it('writes an interval and a count', () => {
		expect(plain(formatInterval(0.6452, 0.8319, 'fr'))).toBe('64,5 – 83,2 %');
		expect(formatInterval(null, 0.5, 'fr')).toBe('—');
		expect(plain(formatCount(1234, 'fr'))).toBe('1 234');
		expect(formatCount(1234, 'en')).toBe('1,234');
	});

	it('reads file sizes in decimal units, as people do', () => {
		expect(formatFileSize(0, 'fr')).toMatch(/^0\soctet$/);
		expect(formatFileSize(532, 'fr')).toMatch(/^532\soctets$/);
		expect(formatFileSize(12_345, 'fr')).toMatch(/^12,3\sko$/);
		expect(formatFileSize(999_999, 'fr')).toMatch(/^1[\s\u202f]?000\sko$/);
		expect(formatFileSize(4_800_000, 'fr')).toMatch(/^4,8\sMo$/);
	});
});

describe('calendar days and months', () => {
	it('are written without shifting them to the device zone', () => {
		expect(formatDay('2026-10-02', 'fr')).toBe('2 octobre 2026');
		expect(formatDay('2026-10-31 00:00:00.000Z', 'en')).toBe('October 31, 2026');
		expect(formatDay('bad', 'fr')).toBe('bad');
		expect(formatMonth('2026-03', 'fr')).toBe('mars 2026');
		expect(formatMonth('bad', 'fr')).toBe('bad');
	});
});

describe('the first of the month', () => {
	// French writes it as an ordinal ("du 1er novembre"); Intl gives "1 novembre". English is left as is.
	it('is "1er" in French in every formatter that writes the day, and only the first', () => {
		expect(formatDay('2026-11-01', 'fr')).toBe('1er novembre 2026');
		expect(formatDay('2026-11-02', 'fr')).toBe('2 novembre 2026');
		expect(formatDay('2026-11-11', 'fr')).toBe('11 novembre 2026');
		expect(formatDay('2026-11-21', 'fr-FR')).toBe('21 novembre 2026');
		expect(longDate('2026-11-01T10:00:00Z', 'fr', 'Europe/Paris')).toBe('dimanche 1er novembre 2026');
		expect(longDate('2026-11-02T10:00:00Z', 'fr', 'Europe/Paris')).toBe('lundi 2 novembre 2026');
		expect(plain(formatInstant('2026-11-01T10:00:00Z', 'fr', 'Europe/Paris'))).toBe(
			'1er novembre 2026 à 11:00'
		);
		expect(dateAndTime('2026-11-01T10:00:00Z', 'fr-FR', 'Europe/Paris').date).toBe('1er novembre 2026');
		expect(plain(formatRelative(new Date('2026-11-01T12:00:00Z'), now, 'fr'))).toBe('1er nov. 2026');
	});

	it('stays a number in English', () => {
		expect(formatDay('2026-11-01', 'en')).toBe('November 1, 2026');
		expect(longDate('2026-11-01T10:00:00Z', 'en', 'Europe/Paris')).toBe('Sunday, November 1, 2026');
		expect(formatInstant('2026-11-01T10:00:00Z', 'en', 'Europe/Paris')).toMatch(/^November 1, 2026/);
		expect(dateAndTime('2026-11-01T10:00:00Z', 'en', 'Europe/Paris').date).toBe('November 1, 2026');
		expect(shortDate('2026-11-01T10:00:00Z', 'fr', 'Europe/Paris')).toBe('01/11/2026');
	});
});

describe('instants in a given zone', () => {
	it('show the same instant on each site’s own clock', () => {
		const instant = '2026-11-23 02:30:00.000Z';
		expect(formatInstant(instant, 'fr', 'Europe/Paris')).toBe('23 novembre 2026 à 03:30');
		expect(formatInstant(instant, 'fr', 'America/Martinique')).toBe('22 novembre 2026 à 22:30');
		expect(plain(formatInstant(Date.UTC(2026, 10, 2, 8), 'fr', 'America/Martinique'))).toBe(
			'2 novembre 2026 à 04:00'
		);
		expect(formatInstant('2026-11-22T13:20:00.000Z', 'fr-FR', 'America/Martinique')).toMatch(/09:20/);
	});

	it('give nothing for no instant, or garbage', () => {
		expect(formatInstant(null, 'fr-FR', 'Europe/Paris')).toBe('');
		expect(formatInstant('not a date', 'fr-FR', 'Europe/Paris')).toBe('');
	});

	it('split into day and time, a receipt’s day being the site’s', () => {
		// 23:30 UTC is already the next day in Paris (UTC+1 in November), still the same day in Martinique.
		expect(dateAndTime('2026-11-23T23:30:00.000Z', 'fr', 'Europe/Paris')).toEqual({
			date: '24 novembre 2026',
			time: '00:30'
		});
		expect(dateAndTime('2026-11-23T23:30:00.000Z', 'fr', 'America/Martinique')).toEqual({
			date: '23 novembre 2026',
			time: '19:30'
		});
	});

	it('give a deadline’s day where it ends', () => {
		// The end of Monday 14 December in Paris is still that Monday there, already Tuesday in UTC.
		expect(longDate('2026-12-14T22:59:59.999Z', 'fr', 'Europe/Paris')).toBe('lundi 14 décembre 2026');
		expect(longDate('2026-12-14T22:59:59.999Z', 'en', 'Europe/Paris')).toBe('Monday, December 14, 2026');
		expect(longDate('2026-12-14 22:59:59.999Z', 'fr', 'Europe/Paris')).toBe('lundi 14 décembre 2026');
		expect(shortDate('2026-12-14T22:59:59.999Z', 'fr', 'Europe/Paris')).toBe('14/12/2026');
	});
});

describe('parseInstant', () => {
	it('reads PocketBase datetimes and ISO strings', () => {
		expect(parseInstant('2026-11-22 14:20:59.586Z')?.toISOString()).toBe('2026-11-22T14:20:59.586Z');
		expect(parseInstant('2026-11-22T14:20:59Z')?.toISOString()).toBe('2026-11-22T14:20:59.000Z');
	});
	it('gives null for an empty or broken value', () => {
		expect(parseInstant('')).toBeNull();
		expect(parseInstant(undefined)).toBeNull();
		expect(parseInstant('yesterday')).toBeNull();
	});
});

describe('formatRelative', () => {
	it('speaks French like a person', () => {
		expect(plain(formatRelative(ago(20_000), now, 'fr'))).toBe('maintenant');
		expect(plain(formatRelative(ago(5 * MIN), now, 'fr'))).toBe('il y a 5 min');
		expect(plain(formatRelative(ago(59 * MIN), now, 'fr'))).toBe('il y a 59 min');
		expect(plain(formatRelative(ago(3 * 60 * MIN + 5 * MIN), now, 'fr'))).toBe('il y a 3 h');
		expect(plain(formatRelative(ago(26 * 60 * MIN), now, 'fr'))).toBe('hier');
		expect(plain(formatRelative(ago(3 * 24 * 60 * MIN), now, 'fr'))).toBe('il y a 3 j');
	});
	it('gives the date after a week', () => {
		expect(plain(formatRelative(new Date('2026-11-02T12:00:00Z'), now, 'fr'))).toBe('2 nov. 2026');
	});
	it('speaks English too', () => {
		expect(plain(formatRelative(ago(5 * MIN), now, 'en'))).toBe('5 min. ago');
	});
	it('treats a moment slightly in the future (clock skew) as now', () => {
		expect(plain(formatRelative(new Date(now.getTime() + 30_000), now, 'fr'))).toBe('maintenant');
	});
});

describe('formatInstant and dateAndTime without a zone', () => {
	const at = new Date(2026, 10, 22, 9, 5);
	it('writes the full date and time', () => {
		expect(plain(formatInstant(at, 'fr'))).toBe('22 novembre 2026 à 09:05');
	});
	it('splits the day from the time', () => {
		expect(dateAndTime(at, 'fr')).toEqual({ date: '22 novembre 2026', time: '09:05' });
	});
});
