import { describe, expect, it } from 'vitest';
import {
	ACCOUNT_FIELDS,
	emptyAccount,
	isSelf,
	sitesFor,
	validateAccountChange,
	validateNewAccount,
	type AccountDraft
} from './account-form';

const valid = (overrides: Partial<AccountDraft> = {}): AccountDraft => ({
	name: 'Léa Agent',
	email: 'lea@prefecture.example',
	role: 'agent',
	sites: ['metz00000000000'],
	password: 'un mot de passe solide',
	passwordConfirm: 'un mot de passe solide',
	...overrides
});

describe('a new staff account', () => {
	it('is accepted when complete', () => {
		expect(validateNewAccount(valid())).toEqual({});
	});

	it('reports every missing field at once, in the form’s fields', () => {
		const errors = validateNewAccount(emptyAccount());
		expect(Object.keys(errors).sort()).toEqual(['email', 'name', 'password', 'passwordConfirm', 'role']);
		expect(Object.keys(errors).every((field) => (ACCOUNT_FIELDS as readonly string[]).includes(field))).toBe(
			true
		);
	});

	it.each([
		[{ name: ' A ' }, 'name'],
		[{ name: 'x'.repeat(121) }, 'name'],
		[{ email: 'lea.prefecture.example' }, 'email'],
		[{ password: 'court', passwordConfirm: 'court' }, 'password'],
		[{ password: 'é'.repeat(40), passwordConfirm: 'é'.repeat(40) }, 'password'],
		[{ passwordConfirm: 'autre chose' }, 'passwordConfirm'],
		[{ role: 'superviseur' as never }, 'role']
	])('refuses %j on %s', (overrides, field) => {
		expect(Object.keys(validateNewAccount(valid(overrides)))).toEqual([field]);
	});

	it('says why the confirmation is refused', () => {
		expect(validateNewAccount(valid({ passwordConfirm: 'autre' })).passwordConfirm).toMatch(/identiques/);
	});
});

describe('roles and sites', () => {
	it('needs at least one site for an agent', () => {
		expect(validateAccountChange({ role: 'agent', sites: [] })).toEqual({ sites: expect.any(String) });
		expect(validateAccountChange({ role: 'agent', sites: ['metz00000000000'] })).toEqual({});
	});

	it('needs no site for a referent or an administrator, and stores none', () => {
		expect(validateAccountChange({ role: 'referent', sites: [] })).toEqual({});
		expect(sitesFor('admin', ['metz00000000000'])).toEqual([]);
		expect(sitesFor('agent', ['a00000000000000', 'a00000000000000'])).toEqual(['a00000000000000']);
	});

	it('refuses more sites than the collection holds', () => {
		const sites = Array.from({ length: 51 }, (_, i) => `s${String(i).padStart(14, '0')}`);
		expect(Object.keys(validateAccountChange({ role: 'agent', sites }))).toEqual(['sites']);
	});

	it('knows one’s own account', () => {
		expect(isSelf('a', { id: 'a' })).toBe(true);
		expect(isSelf('a', { id: 'b' })).toBe(false);
		expect(isSelf('a', null)).toBe(false);
	});
});
