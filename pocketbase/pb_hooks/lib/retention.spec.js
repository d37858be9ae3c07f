import { describe, expect, it } from 'vitest';
import { retentionCutoff } from './retention.js';

describe('retentionCutoff', () => {
	it('goes back whole calendar months, to the same instant', () => {
		expect(retentionCutoff('2026-12-05T03:15:00.000Z', 36)).toEqual({
			stored: '2023-12-05 03:15:00.000Z',
			day: '2023-12-05'
		});
		expect(retentionCutoff('2026-03-15T10:00:00.000Z', 1).day).toBe('2026-02-15');
	});

	it('falls back to the last day of a shorter month', () => {
		expect(retentionCutoff('2026-03-31T12:00:00.000Z', 1).day).toBe('2026-02-28');
		expect(retentionCutoff('2028-03-31T12:00:00.000Z', 1).day).toBe('2028-02-29');
		expect(retentionCutoff('2026-01-31T12:00:00.000Z', 14).day).toBe('2024-11-30');
	});
});
