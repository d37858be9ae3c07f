import { describe, expect, it } from 'vitest';
import { ltrIn } from './bidi';

describe('ltrIn', () => {
	it('isolates a reference inside Arabic text, so that its parts keep their order', () => {
		expect(ltrIn('2026-R-000123', 'ar')).toBe('\u20662026-R-000123\u2069');
	});

	it('leaves left-to-right languages untouched (French pages read exactly as before)', () => {
		for (const locale of ['fr', 'en', 'zh', 'ru'] as const)
			expect(ltrIn('metz@demo.test', locale)).toBe('metz@demo.test');
	});

	it('adds nothing around an empty value', () => {
		expect(ltrIn('', 'ar')).toBe('');
	});
});
