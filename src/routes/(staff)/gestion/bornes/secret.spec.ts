import { describe, expect, it } from 'vitest';
import { randomPassword } from './secret';

describe('randomPassword', () => {
	it('gives 32 letters and digits by default', () => {
		expect(randomPassword()).toMatch(/^[A-Za-z0-9]{32}$/);
	});

	it('never gives the same twice', () => {
		const seen = new Set(Array.from({ length: 200 }, () => randomPassword()));
		expect(seen.size).toBe(200);
	});

	it('uses the whole alphabet', () => {
		const letters = new Set(randomPassword(5000));
		expect(letters.size).toBe(62);
	});
});
