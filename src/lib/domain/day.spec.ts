import { describe, expect, it } from 'vitest';
import { dayIn } from './day';

describe('dayIn', () => {
	it('gives the site’s date, not UTC’s', () => {
		const lateEvening = new Date('2026-04-02T22:30:00Z');
		expect(dayIn('Europe/Paris', lateEvening)).toBe('2026-04-03');
		expect(dayIn('America/Martinique', lateEvening)).toBe('2026-04-02');
		expect(dayIn('Indian/Reunion', new Date('2026-12-31T20:30:00Z'))).toBe('2027-01-01');
	});
});
