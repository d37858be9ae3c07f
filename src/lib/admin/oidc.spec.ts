// The sign-in page's OIDC button and the landing route's reading of the callback are decided here; the flow
// itself is tested against a real provider in tests/integration/oidc.test.ts.
import { describe, expect, it } from 'vitest';
import { codeFromFragment, oidcProvider, oidcRefusal } from './oidc';

describe('the OIDC sign-in button', () => {
	it('is ProConnect’s official button when the provider is named ProConnect', () => {
		const proconnect = { displayName: 'ProConnect', proconnect: true };
		expect(oidcProvider({ enabled: true, displayName: 'ProConnect' })).toEqual(proconnect);
		expect(oidcProvider({ enabled: true, displayName: ' proconnect ' })).toEqual({
			...proconnect,
			displayName: 'proconnect'
		});
	});

	it('is a generic button with the provider’s display name otherwise', () => {
		expect(oidcProvider({ enabled: true, displayName: 'Keycloak de la préfecture' })).toEqual({
			displayName: 'Keycloak de la préfecture',
			proconnect: false
		});
	});

	it('falls back to a generic name when the provider has none', () => {
		const generic = { displayName: 'OpenID Connect', proconnect: false };
		expect(oidcProvider({ enabled: true, displayName: ' ' })).toEqual(generic);
		expect(oidcProvider({ enabled: true, displayName: null })).toEqual(generic);
	});

	it.each([
		['no answer', null],
		['no provider', { enabled: false, displayName: null }],
		['another shape (an older server)', { oauth2: { enabled: true } }],
		['a string', 'true']
	])('is not offered with %s', (_, answer) => {
		expect(oidcProvider(answer)).toBeNull();
	});
});

describe('a sign-in the server sent back', () => {
	it.each(['no_account', 'state', 'claims', 'provider'] as const)('explains `%s`', (code) => {
		expect(oidcRefusal(new URLSearchParams({ oidc: code }))).toBe(code);
	});

	it('says nothing for another value or none', () => {
		expect(oidcRefusal(new URLSearchParams({ oidc: '<script>' }))).toBeNull();
		expect(oidcRefusal(new URLSearchParams())).toBeNull();
	});
});

describe('the code in the landing URL', () => {
	const CODE = 'aB3'.repeat(14) + 'z';

	it('is read from the fragment', () => {
		expect(codeFromFragment(`#code=${CODE}`)).toBe(CODE);
		expect(codeFromFragment(`code=${CODE}`)).toBe(CODE);
	});

	it('is null when missing or not a code (a token in the address is not taken)', () => {
		expect(codeFromFragment('')).toBeNull();
		expect(codeFromFragment('#code=')).toBeNull();
		expect(codeFromFragment(`#code=${CODE}x`)).toBeNull();
		expect(codeFromFragment('#token=aaa.bbb.ccc')).toBeNull();
		expect(codeFromFragment(`#code=${CODE.slice(1)}-`)).toBeNull();
	});
});
