import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ALPHABET, newPassword } from './passwords.js';

const random = (length, alphabet) =>
	Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

describe('newPassword', () => {
	it('is four groups of five characters from the readable alphabet', () => {
		const password = newPassword(random);
		expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
		for (const c of password.replaceAll('-', '')) expect(ALPHABET).toContain(c);
	});

	it('leaves out characters that look alike', () => {
		for (const c of '01ilo') expect(ALPHABET).not.toContain(c);
	});

	it('draws every group from the random source', () => {
		const calls = [];
		newPassword((length, alphabet) => {
			calls.push([length, alphabet]);
			return 'x'.repeat(length);
		});
		expect(calls).toEqual(Array(4).fill([5, ALPHABET]));
	});

	it('is long enough for the staff password rule (12 characters at least)', () => {
		expect(newPassword(random).length).toBeGreaterThanOrEqual(12);
	});
});
