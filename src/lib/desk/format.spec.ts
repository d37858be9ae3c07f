import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { dateTimeIn, dayIn, isoOf, shortDayIn } from './format';

beforeAll(() => overwriteGetLocale(() => 'fr'));

describe('dates in the site’s time zone', () => {
	it('reads PocketBase datetimes', () => {
		expect(isoOf('2026-11-22 14:20:59.586Z')).toBe('2026-11-22T14:20:59.586Z');
		expect(isoOf('')).toBe('');
	});

	it('shows the same instant on each site’s own clock', () => {
		const instant = '2026-11-23 02:30:00.000Z';
		expect(dateTimeIn(instant, 'Europe/Paris', 'fr')).toBe('23 novembre 2026 à 03:30');
		expect(dateTimeIn(instant, 'America/Martinique', 'fr')).toBe('22 novembre 2026 à 22:30');
	});

	it('gives a deadline’s day where it ends', () => {
		// The end of Monday 14 December in Paris is still that Monday there, already Tuesday in UTC.
		expect(dayIn('2026-12-14T22:59:59.999Z', 'Europe/Paris', 'fr')).toBe('lundi 14 décembre 2026');
		expect(shortDayIn('2026-12-14T22:59:59.999Z', 'Europe/Paris', 'fr')).toBe('14/12/2026');
	});
});
