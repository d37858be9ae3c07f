// The app behind Debian's nginx over HTTPS, as deployed (deploy/nginx/): the shipped proxy directives are
// included as they are, with a certificate made for this run that Chromium trusts by its key alone. The
// service worker installs, a kiosk's survey syncs, the API and the realtime stream pass, and PocketBase's
// rate limits count each visitor's address, not the proxy's.
import { chromium, expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type PocketBase from 'pocketbase';
import { freePort } from '../../scripts/lib/pocketbase.js';
import { dayIn } from '../../src/lib/domain/day';
import { metzDesk } from '../support/demo.js';
import type { TestServer } from '../support/server.js';
import { referent, superuser } from './support/api';
import { answerKioskSurvey, enrolKiosk } from './support/kiosk';
import { checkShippedSite, startNginx, type Nginx } from '../support/nginx.js';
import { startOwnServer } from './support/own-server';
import { selfSignedCertificate, type SelfSigned } from '../support/tls.js';

test.describe.configure({ mode: 'serial' });

let prefix: string;
let tls: SelfSigned;
let server: TestServer;
let proxy: Nginx;
let browser: Browser;
let su: PocketBase;

test.beforeAll(async () => {
	prefix = await mkdtemp(path.join(os.tmpdir(), 'qep-nginx-'));
	tls = await selfSignedCertificate(prefix);
	const port = await freePort();
	server = await startOwnServer({
		env: { APP_URL: `https://127.0.0.1:${port}`, TRUSTED_PROXY_HEADERS: 'X-Real-IP' }
	});
	su = await superuser(server.url);
	proxy = await startNginx({
		prefix,
		port,
		upstreamPort: Number(new URL(server.url).port),
		certFile: tls.certFile,
		keyFile: tls.keyFile,
		ca: tls.pem
	});
	// The project's Chromium and flags, trusting this run's certificate (and no other bad one): a service
	// worker only registers on a page whose certificate is valid.
	const launch = test.info().project.use.launchOptions ?? {};
	browser = await chromium.launch({
		...launch,
		args: [...(launch.args ?? []), `--ignore-certificate-errors-spki-list=${tls.spki}`]
	});
});

test.afterAll(async () => {
	await browser?.close();
	await proxy?.stop();
	await server?.stop();
	if (prefix) await rm(prefix, { recursive: true, force: true });
});

function newContext(): Promise<BrowserContext> {
	const { locale, timezoneId } = test.info().project.use;
	return browser.newContext({ locale, timezoneId, baseURL: proxy.url });
}

/** One HTTPS request through nginx from a loopback address of our choice, trusting only this run's certificate. */
function request(
	pathname: string,
	o: { method?: string; from?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = https.request(
			`${proxy.url}${pathname}`,
			{ method: o.method ?? 'GET', ca: tls.pem, localAddress: o.from, headers: o.headers, agent: false },
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => (body += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
			}
		);
		req.on('error', reject);
		req.end(o.body);
	});
}

/** A guest's tracking look-up (10 a minute per address): an empty query, refused with 400 until limited. */
const lookUp = (from: string, headers: Record<string, string> = {}) =>
	request('/api/qep/track', {
		method: 'POST',
		from,
		headers: { 'Content-Type': 'application/json', ...headers },
		body: '{}'
	}).then((r) => r.status);

/** Statuses of `n` look-ups in a row from one address. */
async function lookUps(from: string, n: number): Promise<number[]> {
	const statuses = [];
	for (let i = 0; i < n; i++) statuses.push(await lookUp(from));
	return statuses;
}

test('the shipped site file passes nginx -t', async () => {
	const verdict = await checkShippedSite({ prefix, certFile: tls.certFile, keyFile: tls.keyFile });
	expect(verdict).toContain('syntax is ok');
	expect(verdict).toContain('test is successful');
});

test('over HTTPS the service worker installs and a kiosk survey syncs through the proxy', async () => {
	const policy = await su.collection('policies').getFirstListItem('');
	await su.collection('policies').update(policy.id, { kiosk_cooldown_seconds: 0 });
	const { point } = await metzDesk(su);

	const context = await newContext();
	const page = await context.newPage();
	const response = await page.goto('/');
	// HSTS comes from the app (APP_URL is https), once: nginx adds none of its own.
	expect(response?.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
	const worker = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const active = registration.active!;
		if (active.state !== 'activated')
			await new Promise((resolve) =>
				active.addEventListener('statechange', () => active.state === 'activated' && resolve(undefined))
			);
		return { secure: isSecureContext, scope: registration.scope, state: active.state };
	});
	expect(worker).toEqual({ secure: true, scope: `${proxy.url}/`, state: 'activated' });
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

	// Enrol this page as a kiosk (the referent's side straight on PocketBase, the tablet's through nginx).
	await enrolKiosk(page, { url: server.url, appUrl: '', name: 'Borne derrière le proxy' });
	await answerKioskSurvey(page);

	const filter = `reception_point = "${point.id}" && day = "${dayIn('Europe/Paris')}"`;
	await expect
		.poll(async () => (await su.collection('survey_responses').getList(1, 1, { filter })).totalItems, {
			timeout: 20_000
		})
		.toBe(1);
	expect((await su.collection('survey_answers').getList(1, 1, { filter })).totalItems).toBe(5);
	await expect.poll(proxy.accessLog).toMatch(/^127\.0\.0\.1 "POST \/api\/qep\/ingest HTTP\/2\.0" 200$/m);
	await context.close();
});

test('the API and the realtime stream work through the proxy; the dashboard is closed there', async () => {
	expect(await request('/api/health')).toMatchObject({ status: 200 });
	const staff = await referent(su);
	const signedIn = { Authorization: staff.authStore.token };
	expect((await request('/api/qep/mail-status', { headers: signedIn })).status).toBe(200);
	expect((await request('/api/qep/mail-status')).status).toBe(401);
	for (const closed of [
		'/_/',
		'/api/collections/_superusers/auth-with-password',
		'/api/collections/_SuperUsers/auth-with-password',
		'/api/collections/pbc_3142635823/auth-with-password'
	])
		expect(
			(await request(closed, { method: closed.startsWith('/_/') ? 'GET' : 'POST' })).status,
			closed
		).toBe(403);

	// The browser opens the stream through nginx, subscribes to a site, and receives its update.
	const site = await su.collection('sites').getFirstListItem('slug = "metz"');
	const context = await newContext();
	const page = await context.newPage();
	await page.goto('/');
	const clientId = await page.evaluate(async (topic) => {
		const source = new EventSource('/api/realtime');
		const events: unknown[] = [];
		Object.assign(window, { qepEvents: events });
		source.addEventListener(topic, (event) => events.push(JSON.parse(event.data)));
		const connected = await new Promise<{ clientId: string }>((resolve, reject) => {
			source.addEventListener('PB_CONNECT', (event) => resolve(JSON.parse(event.data)));
			source.onerror = () => reject(new Error('the realtime stream failed'));
		});
		const subscribed = await fetch('/api/realtime', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ clientId: connected.clientId, subscriptions: [topic] })
		});
		if (subscribed.status !== 204) throw new Error(`subscription answered ${subscribed.status}`);
		return connected.clientId;
	}, `sites/${site.id}`);
	expect(clientId).toMatch(/\S/);

	await su.collection('sites').update(site.id, { contact_email: 'accueil-metz@demo.qual-e-pref.fr' });
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { qepEvents: unknown[] }).qepEvents))
		.toEqual([
			expect.objectContaining({
				action: 'update',
				record: expect.objectContaining({ id: site.id, contact_email: 'accueil-metz@demo.qual-e-pref.fr' })
			})
		]);
	await context.close();
});

test('two visitors are rate-limited separately: PocketBase counts the address nginx puts in X-Real-IP', async () => {
	const allowed = Array(10).fill(400);
	expect(await lookUps('127.0.0.2', 10)).toEqual(allowed);
	expect(await lookUp('127.0.0.2')).toBe(429);
	// nginx overwrites a header the client made up: no way around the limit.
	expect(await lookUp('127.0.0.2', { 'X-Real-IP': '198.51.100.7' })).toBe(429);
	// Another visitor still has the whole allowance of their own.
	expect(await lookUps('127.0.0.3', 10)).toEqual(allowed);
	expect(await lookUp('127.0.0.3')).toBe(429);
	// nginx logs a request after its answer has left: the last line may come a moment after the answer.
	await expect.poll(proxy.accessLog).toMatch(/^127\.0\.0\.2 "POST \/api\/qep\/track HTTP\/1\.1" 429$/m);
	await expect.poll(proxy.accessLog).toMatch(/^127\.0\.0\.3 "POST \/api\/qep\/track HTTP\/1\.1" 429$/m);

	// The control: without the trusted-proxy setting every visitor is the proxy, and shares one allowance.
	const { trustedProxy } = await su.settings.getAll();
	await su.settings.update({ trustedProxy: { headers: [], useLeftmostIP: false } });
	try {
		expect(await lookUps('127.0.0.4', 10)).toEqual(allowed);
		expect(await lookUp('127.0.0.5')).toBe(429);
	} finally {
		await su.settings.update({ trustedProxy });
	}
});
