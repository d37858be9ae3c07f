// Staff sign in through the State's single sign-on (ProConnect) or a prefecture's OpenID Connect provider:
// the whole authorization code flow over HTTP, between a real PocketBase and a provider that behaves like
// ProConnect (tests/support/oidc-provider.js: PKCE, nonce required, JWT userinfo, 60 s access tokens).
// Without OIDC settings, e-mail and password only.
import PocketBase from 'pocketbase';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import {
	IDENTITIES,
	TestBrowser,
	claireStaff,
	startWithProvider,
	startOidcProvider
} from '../support/oidc-provider.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { superClient } from '../support/world.js';

type Provider = Awaited<ReturnType<typeof startOidcProvider>>;

let server: TestServer;
let provider: Provider;
let su: PocketBase;
let callbackRule: unknown;
const CLAIRE = IDENTITIES.claire.email.toLowerCase();

beforeAll(async () => {
	({ server, provider } = await startWithProvider((env) => startTestServer({ env }), {
		env: { OIDC_DISPLAY_NAME: 'ProConnect' }
	}));
	su = await superClient(server.url, { email: 'superuser@tests.invalid', password: 'superuser-password-0' });
	// Sign-ins through the provider are limited per address; this file signs in more often than that.
	const { rateLimits } = await su.settings.getAll();
	const rules = rateLimits.rules as { label: string; maxRequests: number }[];
	callbackRule = rules.find((rule) => rule.label === '/api/qep/oidc/callback');
	await su.settings.update({
		rateLimits: { ...rateLimits, rules: rules.map((rule) => ({ ...rule, maxRequests: 1_000_000 })) }
	});
	// The account an administrator made, in another letter case than the provider's.
	await su.collection('staff').create(claireStaff());
});
afterAll(async () => {
	await provider?.stop();
	await server?.stop();
});

let browser: TestBrowser;
beforeEach(() => {
	browser = new TestBrowser();
});

/** Where the callback sends the browser, relative to the app. */
async function landing(callbackUrl: string, who = browser) {
	const { response, location } = await who.request(callbackUrl);
	expect(response.status).toBe(302);
	const url = new URL(location!);
	return { path: url.pathname + url.search, fragment: url.hash, setCookies: response.headers.getSetCookie() };
}

const staffCount = async () => (await su.collection('staff').getList(1, 1)).totalItems;

/** The callback sends back to the sign-in page with `code`: no token, no id_token kept, no account made. */
async function expectRefused(callbackUrl: string, code: string) {
	const before = await staffCount();
	const { path, fragment, setCookies } = await landing(callbackUrl);
	expect(path).toBe(`/connexion?oidc=${code}`);
	expect(fragment).toBe('');
	expect(setCookies.some((c) => c.startsWith('qep_oidc_id='))).toBe(false);
	expect(setCookies.some((c) => c.startsWith('qep_oidc_handoff='))).toBe(false);
	expect(await staffCount()).toBe(before);
}

/** What the landing page does with the fragment's one-time code: POSTs it, with this browser's cookies. */
async function redeem(who: TestBrowser, fragment: string) {
	const code = new URLSearchParams(fragment.slice(1)).get('code');
	const { response } = await who.request(`${server.url}/api/qep/oidc/session`, { json: { code } });
	return { status: response.status, body: (await response.json()) as { token?: string } };
}

/** Signs `who` in as Claire up to the landing page, and returns the fragment it carries. */
async function signedInFragment(who: TestBrowser) {
	const { path, fragment } = await landing(await who.signInAtProvider(server.url, 'claire'), who);
	expect(path).toBe('/connexion/proconnect');
	return fragment;
}

describe('the sign-in page’s question', () => {
	it('names the configured provider, and PocketBase’s own OAuth2 stays off (one way in)', async () => {
		const info = await fetch(`${server.url}/api/qep/oidc`);
		expect(await info.json()).toEqual({ enabled: true, displayName: 'ProConnect' });
		const methods = await new PocketBase(server.url).collection('staff').listAuthMethods();
		expect(methods.password.enabled).toBe(true);
		expect(methods.oauth2.enabled).toBe(false);
	});

	it('is “no provider” without OIDC settings, and there is no sign-in to start', async () => {
		const info = await fetch(`${inject('pbUrl')}/api/qep/oidc`);
		expect(await info.json()).toEqual({ enabled: false, displayName: null });
		const start = await fetch(`${inject('pbUrl')}/api/qep/oidc/start`, { redirect: 'manual' });
		expect(start.status).toBe(404);
		// A device whose session came through a provider since removed signs out to the sign-in page.
		const logout = await fetch(`${inject('pbUrl')}/api/qep/oidc/logout`, { redirect: 'manual' });
		expect(logout.headers.get('location')).toBe('/connexion');
		const methods = await new PocketBase(inject('pbUrl')).collection('staff').listAuthMethods();
		expect(methods.oauth2.enabled).toBe(false);
	});
});

describe('the flow cookie’s key', () => {
	// First in the file: the key is made at PocketBase's first sign-in start.
	it('is one for sign-ins that start together on a fresh server', async () => {
		const browsers = Array.from({ length: 12 }, () => new TestBrowser());
		const starts = await Promise.all(browsers.map((who) => who.request(`${server.url}/api/qep/oidc/start`)));
		const outcomes = await Promise.all(
			browsers.map(async (who, i) => {
				const state = new URL(starts[i]!.location!).searchParams.get('state')!;
				const callback = `${server.url}/api/qep/oidc/callback?code=junk&state=${state}`;
				return new URL((await who.request(callback)).location!).search;
			})
		);
		// Each flow cookie opened (`state` would say it did not): the junk code then fails at the provider.
		expect(outcomes).toEqual(browsers.map(() => '?oidc=provider'));
	});
});

describe('signing in through the provider', () => {
	it('sends the agent to the provider with PKCE, state and nonce, and ProConnect’s scopes', async () => {
		const { response, location } = await browser.request(`${server.url}/api/qep/oidc/start`);
		expect(response.status).toBe(302);
		const url = new URL(location!);
		expect(url.origin + url.pathname).toBe(`${provider.issuer}/auth`);
		const params = Object.fromEntries(url.searchParams);
		expect(params).toMatchObject({
			response_type: 'code',
			client_id: provider.clientId,
			redirect_uri: `${server.url}/api/qep/oidc/callback`,
			scope: 'openid email given_name usual_name uid siret',
			code_challenge_method: 'S256'
		});
		expect(params.state).toMatch(/^[A-Za-z0-9]{32}$/);
		expect(params.nonce).toMatch(/^[A-Za-z0-9]{32}$/);
		expect(params.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
		const flowCookie = response.headers.getSetCookie().find((c) => c.startsWith('qep_oidc_flow='))!;
		expect(flowCookie).toMatch(/Path=\/api\/qep\/oidc;.*Max-Age=600;.*HttpOnly;.*SameSite=Lax/);
		expect(flowCookie).not.toContain(params.state);
	});

	it('signs the agent in to their own account, matched by e-mail whatever its letter case', async () => {
		const before = await staffCount();
		const callback = await browser.signInAtProvider(server.url, 'claire');
		const { path, fragment, setCookies } = await landing(callback);
		expect(path).toBe('/connexion/proconnect');
		// The address carries a one-time code, not the session's token.
		expect(fragment).toMatch(/^#code=[A-Za-z0-9]{43}$/);
		expect(setCookies.find((c) => c.startsWith('qep_oidc_handoff='))).toMatch(
			/Path=\/api\/qep\/oidc;.*Max-Age=60;.*HttpOnly;.*SameSite=Strict/
		);
		const redeemed = await redeem(browser, fragment);
		expect(redeemed.status).toBe(200);
		const token = redeemed.body.token!;
		expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
		expect(browser.cookies.has('qep_oidc_handoff')).toBe(false);

		const pb = new PocketBase(server.url);
		pb.authStore.save(token, null);
		const { record } = await pb.collection('staff').authRefresh();
		expect(record).toMatchObject({ email: CLAIRE, role: 'agent', collectionName: 'staff' });
		expect(await staffCount()).toBe(before);
		// The id_token stays with the browser for the sign-out at the provider, out of the page's scripts.
		expect(setCookies.find((c) => c.startsWith('qep_oidc_id='))).toMatch(/HttpOnly/);
		expect(setCookies.find((c) => c.startsWith('qep_oidc_flow='))).toMatch(/Max-Age=0/);
	});

	it('gives the token once: the code from the history is spent', async () => {
		const fragment = await signedInFragment(browser);
		const keep = new Map(browser.cookies);
		expect((await redeem(browser, fragment)).status).toBe(200);
		browser.cookies = keep; // even with the handoff cookie copied before it was cleared
		expect(await redeem(browser, fragment)).toEqual({
			status: 401,
			body: expect.not.objectContaining({ token: expect.anything() })
		});
	});

	it('gives the token only to the browser that signed in (a code pushed elsewhere is spent for nothing)', async () => {
		const fragment = await signedInFragment(browser);
		// Another browser, in the middle of its own sign-in: its handoff cookie is not this code's.
		const other = new TestBrowser();
		const its = await signedInFragment(other);
		const elsewhere = await redeem(other, fragment);
		expect(elsewhere.status).toBe(401);
		expect(elsewhere.body.token).toBeUndefined();
		expect((await redeem(browser, fragment)).status).toBe(401);
		// And with no cookie at all.
		expect((await redeem(new TestBrowser(), its)).status).toBe(401);
	});

	it.each([
		['no code', {}],
		['a junk code', { code: 'junk' }],
		['a code of the right shape', { code: 'A'.repeat(43) }],
		['not a string', { code: ['A'.repeat(43)] }]
	])('gives no token for %s', async (_, json) => {
		await signedInFragment(browser);
		const { response } = await browser.request(`${server.url}/api/qep/oidc/session`, { json });
		expect(response.status).toBe(401);
	});

	it('accepts an id_token issued by a provider whose clock is half a minute ahead', async () => {
		const callback = await browser.signInAtProvider(server.url, 'claire');
		// The provider runs in this process: its clock moves, PocketBase's does not.
		vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 30_000 });
		try {
			expect((await landing(callback)).path).toBe('/connexion/proconnect');
		} finally {
			vi.useRealTimers();
		}
	});

	it('refuses an e-mail the provider says it did not verify (a generic provider’s)', async () => {
		await expectRefused(await browser.signInAtProvider(server.url, 'usurpateur'), 'claims');
	});

	it('refuses a callback without the iss the provider says it sends (RFC 9207)', async () => {
		const callback = new URL(await browser.signInAtProvider(server.url, 'claire'));
		expect(callback.searchParams.get('iss')).toBe(provider.issuer);
		callback.searchParams.delete('iss');
		await expectRefused(callback.href, 'provider');
	});

	it('says in the log when the id_token is too long for its cookie (the sign-out there would not happen)', async () => {
		const askLong = (authorization: URL) =>
			authorization.searchParams.set('claims', JSON.stringify({ id_token: { uid: null } }));
		const callback = await browser.signInAtProvider(server.url, 'claireGroupes', askLong);
		const { path } = await landing(callback);
		expect(path).toBe('/connexion/proconnect');
		expect(browser.cookies.get('qep_oidc_id')!.length).toBeGreaterThan(4500);
		const logged = () =>
			su.logs.getList(1, 1, { filter: su.filter('message ~ {:text}', { text: 'too long for a cookie' }) });
		await expect.poll(async () => (await logged()).totalItems, { timeout: 15_000 }).toBeGreaterThan(0);
	});

	it('refuses an identity no administrator gave an account, and creates none', async () => {
		await expectRefused(await browser.signInAtProvider(server.url, 'inconnu'), 'no_account');
	});

	it('refuses a callback whose state is not the one this browser started with', async () => {
		const callback = await browser.signInAtProvider(server.url, 'claire');
		const tampered = new URL(callback);
		tampered.searchParams.set('state', 'Zz'.repeat(16));
		await expectRefused(tampered.href, 'state');
		// The flow is spent: the genuine callback, afterwards, is refused too.
		expect((await landing(callback)).path).toBe('/connexion?oidc=state');
		// And a callback reaching another browser (a link sent to someone) finds no flow there.
		const other = await new TestBrowser().signInAtProvider(server.url, 'claire');
		expect((await landing(other)).path).toBe('/connexion?oidc=state');
	});

	it('refuses a replayed callback: once the flow is spent, and with a copied cookie (the code is spent)', async () => {
		const callback = await browser.signInAtProvider(server.url, 'claire');
		const copied = new Map(browser.cookies);
		expect((await landing(callback)).path).toBe('/connexion/proconnect');
		expect((await landing(callback)).path).toBe('/connexion?oidc=state');
		browser.cookies = copied;
		await expectRefused(callback, 'provider');
	});

	it('refuses an id_token made for another sign-in (its nonce is not this one’s)', async () => {
		const callback = await browser.signInAtProvider(server.url, 'claire', (authorization) =>
			authorization.searchParams.set('nonce', 'Nn'.repeat(16))
		);
		await expectRefused(callback, 'claims');
	});

	// The provider itself answers a wrong id_token, signed with its key (tests/support/oidc-provider.js).
	it.each([
		['claire-nonce', 'carries another nonce than the one sent'],
		['claire-audience', 'was made for another service'],
		['claire-expire', 'expired half an hour ago']
	])('refuses the sign-in when the provider’s id_token (%s) %s', async (login) => {
		await expectRefused(await browser.signInAtProvider(server.url, login), 'claims');
	});

	it('is refused by the provider without a nonce, as ProConnect does', async () => {
		const { location } = await browser.request(`${server.url}/api/qep/oidc/start`);
		const url = new URL(location!);
		url.searchParams.delete('nonce');
		const refused = await browser.follow(url.href, `${server.url}/api/qep/oidc/callback`);
		expect(new URL(refused.location!).searchParams.get('error')).toBe('invalid_request');
		await expectRefused(refused.location!, 'provider');
	});

	it('signs the agent out at the provider too, with the id_token as the hint', async () => {
		await landing(await browser.signInAtProvider(server.url, 'claire'));
		// Signed in at the provider: a new sign-in goes straight back, without its form.
		const again = await browser.follow(
			`${server.url}/api/qep/oidc/start`,
			`${server.url}/api/qep/oidc/callback`
		);
		expect(again.location).toMatch(/[?&]code=/);
		const idToken = browser.cookies.get('qep_oidc_id');
		expect(idToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

		const { endSession, back } = await browser.signOutAtProvider(server.url);
		const end = new URL(endSession);
		expect(end.origin + end.pathname).toBe(`${provider.issuer}/session/end`);
		expect(end.searchParams.get('id_token_hint')).toBe(idToken);
		expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${server.url}/connexion`);
		expect(back).toMatch(new RegExp(`^${server.url}/connexion\\?state=`));
		expect(browser.cookies.has('qep_oidc_id')).toBe(false);
		// Signed out there: the next sign-in asks again.
		await expect(browser.signInAtProvider(server.url, 'claire')).resolves.toMatch(/[?&]code=/);
	});

	it('does not end the session when another site sends the browser to the sign-out (logout CSRF)', async () => {
		await redeem(browser, await signedInFragment(browser));
		const idToken = browser.cookies.get('qep_oidc_id');
		for (const site of ['cross-site', 'same-site']) {
			const { location } = await browser.request(`${server.url}/api/qep/oidc/logout`, {
				headers: { 'sec-fetch-site': site }
			});
			expect(location).toBe(`${server.url}/connexion`);
			expect(browser.cookies.get('qep_oidc_id')).toBe(idToken);
		}
		const typed = await browser.request(`${server.url}/api/qep/oidc/logout`, {
			headers: { 'sec-fetch-site': 'none' }
		});
		expect(typed.location).toMatch(new RegExp(`^${provider.issuer}/session/end\\?`));
	});

	it('signs out here only when there is no id_token to end a session with', async () => {
		const { location } = await browser.request(`${server.url}/api/qep/oidc/logout`);
		expect(location).toBe(`${server.url}/connexion`);
	});

	it('limits callbacks per address like password sign-ins', () => {
		expect(callbackRule).toEqual({
			label: '/api/qep/oidc/callback',
			audience: '@guest',
			duration: 60,
			maxRequests: 60
		});
	});
});

describe('under an https address', () => {
	let meta: Record<string, unknown>;
	beforeEach(async () => {
		meta = (await su.settings.getAll()).meta;
		await su.settings.update({ meta: { ...meta, appURL: 'https://avis.prefecture.example' } });
	});
	afterEach(async () => {
		await su.settings.update({ meta });
	});

	it('names the sign-in’s cookies __Host-: Secure, for the whole site, and reads them back', async () => {
		const { response, location } = await browser.request(`${server.url}/api/qep/oidc/start`);
		const flowCookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-qep_oidc_flow='));
		expect(flowCookie).toMatch(/Path=\/;.*HttpOnly;.*Secure/);
		expect(flowCookie).not.toMatch(/Domain=/);
		const state = new URL(location!).searchParams.get('state')!;
		const back = await browser.request(`${server.url}/api/qep/oidc/callback?code=junk&state=${state}`);
		// The flow opened (`state` otherwise): the junk code then fails at the provider.
		expect(new URL(back.location!).search).toBe('?oidc=provider');
	});
});

describe('hostile callbacks', () => {
	const long = 'x'.repeat(20_000);
	it.each([
		['no parameters', ''],
		['a junk code and state', '?code=junk&state=junk'],
		['a huge state', `?code=junk&state=${long}`],
		['a huge code', `?code=${long}&state=junk`],
		['repeated parameters', '?state=a&state=b&code=c&code=d'],
		['an error from the provider', '?error=access_denied&state=junk'],
		['encoded junk', '?code=%00%ff%fe&state=%E2%80%AE']
	])('with %s are refused, without a session', async (_, query) => {
		const { response, location } = await browser.request(`${server.url}/api/qep/oidc/callback${query}`);
		expect(response.status).toBeLessThan(500);
		expect(location).toBe(`${server.url}/connexion?oidc=state`);
	});

	it.each([
		['short', 'Zm9yZ2Vk'],
		['long enough to decrypt', Buffer.from('x'.repeat(64)).toString('base64')],
		['not base64', '%%%'.repeat(20)]
	])('with a forged flow cookie (%s) are refused', async (_, forged) => {
		browser.cookies.set('qep_oidc_flow', forged);
		const { response, location } = await browser.request(
			`${server.url}/api/qep/oidc/callback?code=junk&state=junk`
		);
		expect(response.status).toBe(302);
		expect(location).toBe(`${server.url}/connexion?oidc=state`);
	});
});
