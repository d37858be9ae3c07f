import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { emailError, validateCredentials } from './validate';

beforeAll(() => overwriteGetLocale(() => 'fr'));

describe('validateCredentials', () => {
	it('asks for both fields when empty', () => {
		expect(validateCredentials({ email: '  ', password: '' })).toEqual({
			email: 'Saisissez votre adresse électronique.',
			password: 'Saisissez votre mot de passe.'
		});
	});

	it('rejects an address without a domain', () => {
		expect(validateCredentials({ email: 'agent@prefecture', password: 'x' })).toEqual({
			email: 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.'
		});
	});

	it('accepts a plausible address and any password', () => {
		expect(validateCredentials({ email: ' agent@prefecture.gouv.fr ', password: ' ' })).toEqual({});
	});
});

describe('emailError', () => {
	it('is what the reset request says about its only field', () => {
		expect(emailError('')).toBe('Saisissez votre adresse électronique.');
		expect(emailError('agent@prefecture')).toMatch(/adresse électronique valide/);
		expect(emailError(' agent@prefecture.gouv.fr ')).toBeUndefined();
	});
});
