import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant, formatMonth, formatRate } from './format';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('results formats', () => {
	it('write rates as percentages in each language', () => {
		expect(plain(formatRate(0.8512, 'fr'))).toBe('85,1 %');
		expect(formatRate(0.8512, 'en')).toBe('85.1%');
		expect(plain(formatRate(1, 'fr'))).toBe('100 %');
	});

	it('write calendar days without shifting them to the device zone', () => {
		expect(formatDay('2026-10-01', 'fr')).toBe('1 octobre 2026');
		expect(formatDay('2026-10-31 00:00:00.000Z', 'en')).toBe('October 31, 2026');
		expect(formatDay('bad', 'fr')).toBe('bad');
		expect(formatMonth('2026-03', 'fr')).toBe('mars 2026');
	});

	it('write instants in the given zone', () => {
		expect(plain(formatInstant('2026-11-02 08:00:00.000Z', 'fr', 'Europe/Paris'))).toBe(
			'2 novembre 2026 à 09:00'
		);
		expect(plain(formatInstant(Date.UTC(2026, 10, 2, 8), 'fr', 'America/Martinique'))).toBe(
			'2 novembre 2026 à 04:00'
		);
	});
});
