import { describe, expect, it } from 'vitest';
import { formatReference, nextReference, referencePrefix } from './reference.js';

describe('references', () => {
	it('formats by year, kind and a six-digit sequence', () => {
		expect(formatReference('2026', 'complaint', 123)).toBe('2026-R-000123');
		expect(formatReference(2027, 'information', 1)).toBe('2027-I-000001');
		expect(referencePrefix('2026', 'information')).toBe('2026-I-');
	});

	it('starts each year and kind at 000001 and counts up from the last one', () => {
		expect(nextReference('', '2026', 'complaint')).toBe('2026-R-000001');
		expect(nextReference(null, '2026', 'information')).toBe('2026-I-000001');
		expect(nextReference('2026-R-000009', '2026', 'complaint')).toBe('2026-R-000010');
		expect(nextReference('2026-I-000041', '2026', 'information')).toBe('2026-I-000042');
	});

	it('refuses what would break the format', () => {
		expect(() => nextReference('2026-R-999999', '2026', 'complaint')).toThrow(/out of range/);
		expect(() => nextReference('2025-R-000003', '2026', 'complaint')).toThrow(/2026-R-/);
		expect(() => formatReference('26', 'complaint', 1)).toThrow(/year/);
		expect(() => formatReference('2026', 'praise', 1)).toThrow(/kind/);
	});
});
