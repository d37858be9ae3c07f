// Security headers and CORS on every response of the served app, against real PocketBase servers: one
// serving a page with an inline start-up script (as SvelteKit's build has), behind an HTTPS address, and
// the run's shared one.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

const PUBLIC_URL = 'https://avis.prefecture.example';
const START_SCRIPT = '\n\t{ __sveltekit_test = { base: "" }; import("/_app/start.js"); }\n';
const PAGE = `<!doctype html><html><head><script type="module" src="/_app/start.js"></script></head>
<body><script>${START_SCRIPT}</script></body></html>`;

/** Every header a response of the app must carry, whatever it is (page, asset, API answer, refusal). */
function expectSecurityHeaders(response: Response, label: string) {
	const h = (name: string) => response.headers.get(name);
	expect(h('referrer-policy'), label).toBe('no-referrer');
	expect(h('x-content-type-options'), label).toBe('nosniff');
	expect(h('x-frame-options'), label).toBe('DENY');
	expect(h('permissions-policy'), label).toMatch(/camera=\(\)/);
	expect(h('permissions-policy'), label).toMatch(/screen-wake-lock=\(self\)/);
	const csp = h('content-security-policy') ?? '';
	expect(csp, label).toMatch(/frame-ancestors 'none'/);
	expect(csp, label).toMatch(/object-src 'none'/);
	expect(csp, label).toMatch(/base-uri 'self'/);
	const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
	expect(scriptSrc, label).toMatch(/^\s*script-src 'self'/);
	expect(scriptSrc, label).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
	return csp;
}

describe('security headers', () => {
	let server: TestServer;
	let publicDir: string;
	beforeAll(async () => {
		publicDir = await mkdtemp(path.join(os.tmpdir(), 'qep-public-'));
		// As the build makes them: the app's shell, and the home page with the same inline scripts.
		await writeFile(path.join(publicDir, '200.html'), PAGE);
		await writeFile(path.join(publicDir, 'index.html'), PAGE);
		await writeFile(path.join(publicDir, 'asset.js'), 'export const x = 1;\n');
		await mkdir(path.join(publicDir, '_app/immutable/assets'), { recursive: true });
		await writeFile(
			path.join(publicDir, '_app/immutable/assets/icon.abc123.svg'),
			'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
		);
		server = await startTestServer({ publicDir, env: { APP_URL: PUBLIC_URL } });
	});
	afterAll(async () => {
		await server?.stop();
		await rm(publicDir, { recursive: true, force: true });
	});

	it('are on every response: pages, deep links, assets, API answers, refusals and unknown routes', async () => {
		const requests: [string, RequestInit?][] = [
			['/'],
			['/reclamation/'],
			['/asset.js'],
			['/api/health'],
			['/api/collections/sites/records'],
			['/api/qep/ingest', { method: 'POST', body: '{' }],
			['/api/nothing-here'],
			['/api/collections/complaints/records/xxxxxxxxxxxxxxx']
		];
		for (const [url, init] of requests) {
			const response = await fetch(`${server.url}${url}`, init);
			expect(response.status, url).toBeLessThan(500);
			expectSecurityHeaders(response, url);
		}
	});

	it('allow the page’s own inline start-up script by its hash, and no other, even after a new build', async () => {
		const hashOf = (script: string) => createHash('sha256').update(script).digest('base64');
		for (let i = 0; i < 2; i++) {
			const csp = expectSecurityHeaders(await fetch(`${server.url}/`), '/');
			expect(csp).toContain(`script-src 'self' 'sha256-${hashOf(START_SCRIPT)}'`);
			expect(csp.match(/'sha256-/g)).toHaveLength(1);
		}
		// A new build deployed while the server runs: its start-up script is allowed, the old one no longer.
		const next = START_SCRIPT.replace('__sveltekit_test', '__sveltekit_next');
		for (const page of ['200.html', 'index.html']) {
			await writeFile(path.join(publicDir, page), PAGE.replace(START_SCRIPT, next));
			await utimes(path.join(publicDir, page), new Date(), new Date(Date.now() + 5000));
		}
		const csp = expectSecurityHeaders(await fetch(`${server.url}/`), '/ after a new build');
		expect(csp).toContain(`'sha256-${hashOf(next)}'`);
		expect(csp).not.toContain(hashOf(START_SCRIPT));
	});

	it('sandbox uploaded files and the app’s SVG pictures with no script at all, and keep other origins’ windows away from the app', async () => {
		const file = await fetch(`${server.url}/api/files/complaints/xxxxxxxxxxxxxxx/scan.pdf`);
		expect(file.status).toBeLessThan(500);
		expect(file.headers.get('content-security-policy')).toMatch(/^default-src 'none';.*sandbox/);
		expect(file.headers.get('x-content-type-options')).toBe('nosniff');
		// A picture opened alone is a document: no script runs in it, and it carries no other document policy.
		const picture = await fetch(`${server.url}/_app/immutable/assets/icon.abc123.svg`);
		expect(picture.status).toBe(200);
		expect(picture.headers.get('content-type')).toBe('image/svg+xml');
		expect(picture.headers.get('content-security-policy')).toMatch(/^default-src 'none';.*sandbox/);
		expect(picture.headers.get('x-content-type-options')).toBe('nosniff');
		for (const name of ['permissions-policy', 'x-frame-options', 'referrer-policy', 'x-xss-protection']) {
			expect(picture.headers.get(name), name).toBeNull();
		}
		const page = await fetch(`${server.url}/`);
		expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
	});

	it('tell browsers to keep to HTTPS when the app’s address is HTTPS, and not otherwise', async () => {
		const https = await fetch(`${server.url}/`);
		expect(https.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
		const plain = await fetch(`${inject('pbUrl')}/api/health`);
		expectSecurityHeaders(plain, 'shared server');
		expect(plain.headers.get('strict-transport-security')).toBeNull();
	});
});

describe('CORS', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startTestServer({ env: { APP_URL: PUBLIC_URL } });
	});
	afterAll(() => server?.stop());

	const ask = (origin: string, method = 'GET') =>
		fetch(`${server.url}/api/collections/sites/records`, {
			method,
			headers: {
				origin,
				...(method === 'OPTIONS'
					? { 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' }
					: {})
			}
		});

	it('lets only the app’s own origin read the API from a browser', async () => {
		expect((await ask(PUBLIC_URL)).headers.get('access-control-allow-origin')).toBe(PUBLIC_URL);
		for (const origin of [
			'https://evil.example',
			'null',
			`${PUBLIC_URL}.evil.example`,
			'http://avis.prefecture.example'
		]) {
			expect((await ask(origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
			expect((await ask(origin, 'OPTIONS')).headers.get('access-control-allow-origin'), origin).toBeNull();
		}
	});

	it('defaults to the server’s own address when no public address is set', async () => {
		const own = inject('pbUrl');
		const response = await fetch(`${own}/api/health`, { headers: { origin: own } });
		expect(response.headers.get('access-control-allow-origin')).toBe(own);
		const evil = await fetch(`${own}/api/health`, { headers: { origin: 'https://evil.example' } });
		expect(evil.headers.get('access-control-allow-origin')).toBeNull();
	});
});
