// The sign-in page's OIDC button and the landing route's reading of the callback are decided here; the flow
// itself is tested against a real provider in tests/integration/oidc.test.ts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { codeFromFragment, oidcProvider, oidcRefusal, signInWithCode } from './oidc';

const pb = vi.hoisted(() => ({
	send: vi.fn(),
	authStore: { save: vi.fn(), clear: vi.fn() },
	collection: vi.fn()
}));
vi.mock('$lib/pb/client', () => ({ pb }));

beforeEach(() => vi.resetAllMocks());

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

describe('the session handed over for a code', () => {
	const storage = { getItem: vi.fn(), setItem: vi.fn(), removeItem: vi.fn() };
	const CODE = 'aB3'.repeat(14) + 'z';

	it.each([['not-a-token'], ['a.b'], ['a.b.c.d'], ['a.b.c d'], ['']])(
		'refuses a token shaped %j before keeping it',
		async (token) => {
			pb.send.mockResolvedValue({ token });
			await expect(signInWithCode(CODE, storage)).rejects.toBeInstanceOf(z.core.$ZodError);
			expect(pb.authStore.save).not.toHaveBeenCalled();
		}
	);

	it('keeps a token shaped as a JWT, and drops it when the account cannot be confirmed', async () => {
		const refused = new Error('401');
		pb.send.mockResolvedValue({ token: 'aa-1.bb_2.cc' });
		pb.collection.mockReturnValue({ authRefresh: vi.fn().mockRejectedValue(refused) });
		await expect(signInWithCode(CODE, storage)).rejects.toBe(refused);
		expect(pb.authStore.save).toHaveBeenCalledWith('aa-1.bb_2.cc', null);
		expect(pb.authStore.clear).toHaveBeenCalledOnce();
		expect(storage.setItem).not.toHaveBeenCalled();
	});
});
