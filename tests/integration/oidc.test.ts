// Staff sign-in is ready for the State's single sign-on: with the OIDC_* variables set, the staff
// collection offers an OpenID Connect provider; without them, e-mail and password only.
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;

beforeAll(async () => {
	server = await startTestServer({
		env: {
			OIDC_CLIENT_ID: 'qualite',
			OIDC_CLIENT_SECRET: 'secret-de-test',
			OIDC_AUTH_URL: 'https://sso.example.test/auth',
			OIDC_TOKEN_URL: 'https://sso.example.test/token',
			OIDC_USERINFO_URL: 'https://sso.example.test/userinfo',
			OIDC_DISPLAY_NAME: 'Connexion ministère'
		}
	});
});
afterAll(() => server?.stop());

describe('staff sign-in methods', () => {
	it('offer the configured OpenID Connect provider, next to e-mail and password', async () => {
		const methods = await new PocketBase(server.url).collection('staff').listAuthMethods();
		expect(methods.password.enabled).toBe(true);
		expect(methods.oauth2.enabled).toBe(true);
		expect(methods.oauth2.providers).toEqual([
			expect.objectContaining({ name: 'oidc', displayName: 'Connexion ministère' })
		]);
		expect(methods.oauth2.providers[0]?.authURL).toMatch(/^https:\/\/sso\.example\.test\/auth\?/);
	});

	it('are e-mail and password only when no provider is configured', async () => {
		const methods = await new PocketBase(inject('pbUrl')).collection('staff').listAuthMethods();
		expect(methods.password.enabled).toBe(true);
		expect(methods.oauth2.enabled).toBe(false);
	});
});
