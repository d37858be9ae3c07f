import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from './fields';
import { TRACKING_TOKEN_PATTERN } from './complaint-submission';
import { newId, newTrackingToken } from './ids';

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

describe('newTrackingToken', () => {
	it('is 32 random bytes in base64url, 43 characters without padding', () => {
		expect(newTrackingToken(() => new Uint8Array(32).fill(255))).toBe(`${'_'.repeat(42)}8`); // 256 one-bits: the last character holds 4 of them
		expect(newTrackingToken(() => new Uint8Array(32).fill(251))).toMatch(/^[A-Za-z0-9_-]{43}$/);
		const tokens = new Set(Array.from({ length: 1000 }, () => newTrackingToken()));
		expect(tokens.size).toBe(1000);
		for (const token of tokens) expect(token).toMatch(TRACKING_TOKEN_PATTERN);
	});
});
