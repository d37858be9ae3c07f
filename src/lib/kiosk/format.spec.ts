import { expect, test } from 'vitest';
import { formatInstant } from './format';

test('formats an instant in French, at the site’s time zone', () => {
	const text = formatInstant('2026-11-22T13:20:00.000Z', 'fr-FR', 'Europe/Paris');
	expect(text).toMatch(/22 novembre 2026/);
	expect(text).toMatch(/14:20/);
	expect(formatInstant('2026-11-22T13:20:00.000Z', 'fr-FR', 'America/Martinique')).toMatch(/09:20/);
});

test('no sync yet, or garbage, gives null', () => {
	expect(formatInstant(null, 'fr-FR', 'Europe/Paris')).toBeNull();
	expect(formatInstant('not a date', 'fr-FR', 'Europe/Paris')).toBeNull();
});
