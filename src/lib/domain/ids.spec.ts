import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from './fields';
import { newId } from './ids';

describe('newId', () => {
	it('makes PocketBase-shaped ids', () => {
		for (let i = 0; i < 1000; i++) expect(newId()).toMatch(ID_PATTERN);
	});

	it('does not repeat itself', () => {
		const ids = new Set(Array.from({ length: 10_000 }, () => newId()));
		expect(ids.size).toBe(10_000);
	});

	it('drops the bytes that would bias the alphabet', () => {
		// 252..255 are skipped; 0 → "a", 35 → "9", 36 → "a" again.
		const bytes = [255, 252, 0, 35, 36, ...Array(19).fill(1)];
		expect(newId(() => Uint8Array.from(bytes))).toBe('a9abbbbbbbbbbbb');
	});
});
