import { describe, expect, it } from 'vitest';
import { isSafeProviderUrl, oidcConfigFromEnv } from './oidc-settings.js';

const ENV = {
	OIDC_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2',
	OIDC_CLIENT_ID: 'qualite',
	OIDC_CLIENT_SECRET: 's3cret',
	OIDC_DISPLAY_NAME: 'ProConnect'
};
const from = (env) => oidcConfigFromEnv((name) => env[name] ?? '');

describe('OpenID Connect from the environment', () => {
	it('is off when none of issuer, client id and secret is set', () => {
		expect(from({})).toBeNull();
		expect(from({ OIDC_DISPLAY_NAME: 'ProConnect' })).toBeNull();
	});

	it('gives the issuer, the client and ProConnect’s scopes by default', () => {
		expect(from(ENV)).toEqual({
			issuer: 'https://auth.agentconnect.gouv.fr/api/v2',
			clientId: 'qualite',
			clientSecret: 's3cret',
			displayName: 'ProConnect',
			scopes: 'openid email given_name usual_name uid siret'
		});
	});

	it('takes the scopes and a generic name from the environment', () => {
		const config = from({ ...ENV, OIDC_DISPLAY_NAME: '', OIDC_SCOPES: ' openid  email profile ' });
		expect(config).toMatchObject({ displayName: 'OpenID Connect', scopes: 'openid email profile' });
		expect(() => from({ ...ENV, OIDC_SCOPES: 'email profile' })).toThrow(/OIDC_SCOPES must include openid/);
	});

	it('refuses to start half configured, naming what is missing', () => {
		expect(() => from({ ...ENV, OIDC_CLIENT_SECRET: '', OIDC_ISSUER: '' })).toThrow(
			/OIDC_ISSUER, OIDC_CLIENT_SECRET missing/
		);
	});

	it('refuses plain http across a network, and the previous version’s endpoint settings', () => {
		expect(() => from({ ...ENV, OIDC_ISSUER: 'http://sso.interieur.test' })).toThrow(
			/OIDC_ISSUER must be an https/
		);
		expect(() => from({ ...ENV, OIDC_ISSUER: 'sso.interieur.test' })).toThrow(/OIDC_ISSUER must be an https/);
		expect(() => from({ ...ENV, OIDC_AUTH_URL: 'https://sso.interieur.test/auth' })).toThrow(
			/OIDC_AUTH_URL are no longer read: set OIDC_ISSUER/
		);
	});
});

describe('a provider address', () => {
	it.each([
		['https://auth.proconnect.gouv.fr/api/v2', true],
		['https://sso.prefecture.test:8443/realms/agents', true],
		['http://127.0.0.1:4000', true],
		['http://localhost:4000/oidc', true],
		['http://[::1]:4000', true],
		['http://sso.prefecture.test', false],
		['http://127.0.0.1.evil.test', false],
		['javascript:alert(1)', false],
		['https://', false],
		[undefined, false]
	])('%s is safe: %s', (url, safe) => {
		expect(isSafeProviderUrl(url)).toBe(safe);
	});
});
