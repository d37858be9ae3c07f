// The sign-in page's OIDC button is decided here: an end-to-end test would need a real provider.
import { ClientResponseError } from 'pocketbase';
import { describe, expect, it } from 'vitest';
import { oauthFailure, oidcProvider } from './oidc';

const methods = (oauth2: unknown) => ({ oauth2 }) as Parameters<typeof oidcProvider>[0];

describe('the OIDC sign-in button', () => {
	it('is offered with the provider’s display name when the server enables `oidc`', () => {
		expect(
			oidcProvider(methods({ enabled: true, providers: [{ name: 'oidc', displayName: 'AgentConnect' }] }))
		).toEqual({ name: 'oidc', displayName: 'AgentConnect' });
	});

	it('falls back to a generic name when the provider has none', () => {
		expect(oidcProvider(methods({ enabled: true, providers: [{ name: 'oidc', displayName: ' ' }] }))).toEqual(
			{
				name: 'oidc',
				displayName: 'OpenID Connect'
			}
		);
	});

	it.each([
		['no answer', null],
		['OAuth2 switched off', methods({ enabled: false, providers: [{ name: 'oidc', displayName: 'X' }] })],
		['no provider', methods({ enabled: true, providers: [] })],
		[
			'another provider only',
			methods({ enabled: true, providers: [{ name: 'google', displayName: 'Google' }] })
		],
		['password only (PocketBase’s default answer)', { password: { enabled: true } } as never]
	])('is not offered with %s', (_, answer) => {
		expect(oidcProvider(answer)).toBeNull();
	});
});

describe('a failed OIDC sign-in', () => {
	it('says nothing when the person closed the window', () => {
		expect(oauthFailure(new ClientResponseError({ isAbort: true }))).toBe('cancelled');
	});

	it('explains a missing account (only administrators create accounts)', () => {
		expect(oauthFailure(new ClientResponseError({ status: 400, data: { message: 'Failed' } }))).toBe(
			'no_account'
		);
		expect(oauthFailure(new ClientResponseError({ status: 403 }))).toBe('no_account');
	});

	it('reports anything else as a failure', () => {
		expect(oauthFailure(new ClientResponseError({ status: 500 }))).toBe('other');
		expect(oauthFailure(new Error('popup blocked'))).toBe('other');
	});
});
