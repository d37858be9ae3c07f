// A prefecture's own OpenID Connect provider (Keycloak, Entra ID) instead of ProConnect: userinfo answered
// as plain JSON, the standard `profile` scope. The same flow signs the agent in (the ProConnect case, check
// by check: oidc.test.ts).
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestBrowser, claireStaff, startWithProvider } from '../support/oidc-provider.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { superClient } from '../support/world.js';

let server: TestServer;
let provider: Awaited<ReturnType<typeof startWithProvider>>['provider'];

beforeAll(async () => {
	({ server, provider } = await startWithProvider((env) => startTestServer({ env }), {
		env: { OIDC_DISPLAY_NAME: 'Keycloak', OIDC_SCOPES: 'openid email profile' },
		userinfo: 'json'
	}));
	const su = await superClient(server.url, {
		email: 'superuser@tests.invalid',
		password: 'superuser-password-0'
	});
	await su.collection('staff').create(claireStaff());
});
afterAll(async () => {
	await provider?.stop();
	await server?.stop();
});

it('signs the agent in with a provider whose userinfo is JSON and whose scopes are the standard ones', async () => {
	const browser = new TestBrowser();
	const callback = await browser.signInAtProvider(server.url, 'claire', (authorization) => {
		expect(authorization.searchParams.get('scope')).toBe('openid email profile');
	});
	const { response, location } = await browser.request(callback);
	expect(response.status).toBe(302);
	const landing = new URL(location!);
	expect(landing.pathname).toBe('/connexion/proconnect');
	const code = new URLSearchParams(landing.hash.slice(1)).get('code');
	const redeemed = await browser.request(`${server.url}/api/qep/oidc/session`, { json: { code } });
	const { token } = (await redeemed.response.json()) as { token: string };
	const pb = new PocketBase(server.url);
	pb.authStore.save(token, null);
	const { record } = await pb.collection('staff').authRefresh();
	expect(record).toMatchObject({ email: claireStaff().email, role: 'agent' });

	// The provider did answer JSON (ProConnect's answer is application/jwt).
	expect(provider.userinfoTypes).toEqual(['application/json']);
});
