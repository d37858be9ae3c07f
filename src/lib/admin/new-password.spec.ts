import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { STAFF_PASSWORD, validateNewPassword } from './new-password';

beforeAll(() => overwriteGetLocale(() => 'fr'));

const pair = (password: string, passwordConfirm = password) =>
	validateNewPassword({ password, passwordConfirm });

describe('validateNewPassword', () => {
	it('accepts a long passphrase without any composition rule', () => {
		expect(pair('cheval agrafe batterie')).toEqual({});
		expect(pair('a'.repeat(STAFF_PASSWORD.min))).toEqual({});
	});

	it('refuses fewer than 12 characters, counted as the person sees them', () => {
		expect(pair('a'.repeat(11)).password).toMatch(/au moins 12/);
		expect(pair('é'.repeat(11)).password).toMatch(/au moins 12/);
		expect(pair('é'.repeat(12))).toEqual({});
	});

	it('refuses what bcrypt would silently cut (more than 71 bytes)', () => {
		expect(pair('é'.repeat(36)).password).toMatch(/au plus 71/);
	});

	it('asks for both fields and for the same password twice', () => {
		expect(validateNewPassword({ password: '', passwordConfirm: '' })).toEqual({
			password: expect.any(String),
			passwordConfirm: expect.any(String)
		});
		expect(pair('cheval agrafe batterie', 'cheval agrafe baterie').passwordConfirm).toMatch(/identiques/);
	});
});
