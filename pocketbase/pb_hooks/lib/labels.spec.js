import { describe, expect, it } from 'vitest';
import { CHANNEL_LABELS, monthLabel } from './labels.js';

describe('published names', () => {
	it('spells months out in French, and leaves anything else as it is', () => {
		expect(monthLabel('2026-03')).toBe('mars 2026');
		expect(monthLabel('2026-12')).toBe('décembre 2026');
		expect(monthLabel('2026-13')).toBe('2026-13');
	});

	it('names the survey channels', () => {
		expect(CHANNEL_LABELS).toEqual({
			kiosk: 'Borne d’accueil',
			web: 'Site internet',
			paper: 'Formulaire papier'
		});
	});
});
