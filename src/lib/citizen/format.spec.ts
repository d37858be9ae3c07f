import { describe, expect, it } from 'vitest';
import { dateAndTime, longDate, trackingLink } from './format';

describe('receipt dates', () => {
	it('are shown in the site’s time zone, not the device’s', () => {
		// 23:30 UTC is already the next day in Paris (UTC+1 in November), still the same day in Martinique.
		expect(dateAndTime('2026-11-23T23:30:00.000Z', 'Europe/Paris', 'fr')).toEqual({
			date: '24 novembre 2026',
			time: '00:30'
		});
		expect(dateAndTime('2026-11-23T23:30:00.000Z', 'America/Martinique', 'fr')).toEqual({
			date: '23 novembre 2026',
			time: '19:30'
		});
	});

	it('a deadline at the end of a day stays on that day', () => {
		expect(longDate('2026-12-14T22:59:59.999Z', 'Europe/Paris', 'fr')).toBe('lundi 14 décembre 2026');
		expect(longDate('2026-12-14T22:59:59.999Z', 'Europe/Paris', 'en')).toBe('Monday, December 14, 2026');
	});
});

describe('trackingLink', () => {
	it('keeps the token in the fragment', () => {
		expect(trackingLink('https://pref.example', 'abc_-')).toBe('https://pref.example/suivi#abc_-');
	});
});
