import { describe, expect, it } from 'vitest';
import { oidcProviderFromEnv } from './oidc-settings.js';

const ENV = {
	OIDC_CLIENT_ID: 'qualite',
	OIDC_CLIENT_SECRET: 's3cret',
	OIDC_AUTH_URL: 'https://sso.interieur.test/auth',
	OIDC_TOKEN_URL: 'https://sso.interieur.test/token',
	OIDC_USERINFO_URL: 'https://sso.interieur.test/userinfo',
	OIDC_DISPLAY_NAME: 'Cerbère'
};
const from = (env) => oidcProviderFromEnv((name) => env[name] ?? '');

describe('OpenID Connect from the environment', () => {
	it('is off without a client id', () => {
		expect(from({})).toBeNull();
	});

	it('gives the provider PocketBase needs, with PKCE', () => {
		expect(from(ENV)).toEqual({
			name: 'oidc',
			clientId: 'qualite',
			clientSecret: 's3cret',
			authURL: 'https://sso.interieur.test/auth',
			tokenURL: 'https://sso.interieur.test/token',
			userInfoURL: 'https://sso.interieur.test/userinfo',
			displayName: 'Cerbère',
			pkce: true
		});
	});

	it('refuses to start half configured, naming what is missing', () => {
		expect(() => from({ ...ENV, OIDC_CLIENT_SECRET: '', OIDC_TOKEN_URL: '' })).toThrow(
			/OIDC_CLIENT_SECRET, OIDC_TOKEN_URL missing/
		);
		expect(() => from({ ...ENV, OIDC_AUTH_URL: 'sso.interieur.test' })).toThrow(/OIDC_AUTH_URL is not a URL/);
	});
});
