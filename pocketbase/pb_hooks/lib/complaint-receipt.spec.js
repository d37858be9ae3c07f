import { describe, expect, it } from 'vitest';
import { deadlineDays, isoOf, receivedAt, transcribedAt } from './complaint-receipt.js';

const NOW = Date.parse('2026-11-22T10:00:00.000Z');

describe('receivedAt', () => {
	it('is the server’s now, whatever the device says', () => {
		expect(receivedAt(NOW)).toBe('2026-11-22T10:00:00.000Z');
	});
});

describe('transcribedAt', () => {
	const later = Date.parse('2026-12-01T00:00:00Z');
	it("is noon of the original receipt date in the site's time zone", () => {
		expect(transcribedAt('2026-11-02', 'Europe/Paris', later)).toBe('2026-11-02T11:00:00.000Z');
		expect(transcribedAt('2026-07-02', 'Europe/Paris', later)).toBe('2026-07-02T10:00:00.000Z');
		expect(transcribedAt('2026-11-02', 'America/Martinique', later)).toBe('2026-11-02T16:00:00.000Z');
	});

	it('is now when noon of today is still to come', () => {
		const morning = Date.parse('2026-11-23T08:00:00Z');
		expect(transcribedAt('2026-11-23', 'Europe/Paris', morning)).toBe('2026-11-23T08:00:00.000Z');
	});
});

describe('deadlineDays', () => {
	const policy = { complaint_deadline_days: 15, information_deadline_days: 5 };
	it('reads the policy per kind', () => {
		expect(deadlineDays('complaint', policy)).toBe(15);
		expect(deadlineDays('information', policy)).toBe(5);
		expect(() => deadlineDays('complaint', {})).toThrow(/policy/);
	});
});

describe('isoOf', () => {
	it('turns PocketBase datetimes into ISO instants', () => {
		expect(isoOf('2026-11-22 10:00:00.000Z')).toBe('2026-11-22T10:00:00.000Z');
		expect(isoOf('')).toBe('');
		expect(() => isoOf('soon')).toThrow();
	});
});
