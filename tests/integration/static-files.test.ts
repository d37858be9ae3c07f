// How the built app's files and the API's answers travel, against a real PocketBase serving a small public
// folder shaped like the build's: the compressed copy the client accepts, caching by kind of file, the SPA's
// fallback page, a missing hashed file refused, the security headers of assets and documents, and API answers
// gzipped on the fly but for the realtime stream. Requests go through node:http, which (unlike fetch) leaves
// the body as sent, so the exact bytes are checked.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http, { type IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

const START_SCRIPT = '\n\t{ __sveltekit_test = { base: "" }; import("/_app/immutable/chunks/app.js"); }\n';
/** A page as the build makes it: the same shell, with the route's modules named in its head. */
const page = (preload: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Qual-e-pref</title>
<link href="/_app/immutable/nodes/${preload}.js" rel="modulepreload"></head>
<body><script>${START_SCRIPT}</script></body></html>`;
const PAGE = page('0');
const HOME = page('6');
const SURVEY = page('8');
// A few kilobytes of script, repetitive as built code is, so that its compressed copies are much smaller.
const CHUNK = Array.from(
	{ length: 120 },
	(_, i) => `export function step${i}(value) { return value.map((item) => item * ${i} + 1); }\n`
).join('');
const WORKER = 'self.onmessage = (event) => self.postMessage(event.data);\n';
const SERVICE_WORKER = "self.addEventListener('fetch', () => {});\n";
const MANIFEST = JSON.stringify({ name: 'Qual-e-pref', start_url: '/', display: 'standalone' });
const FONT = randomBytes(2048);

const IMMUTABLE = 'public, max-age=31536000, immutable';
const CHUNK_PATH = '/_app/immutable/chunks/app.js';

type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** One request with Node's plain HTTP client: the body comes back as sent, never decompressed. */
function rawGet(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { method, headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) })
			);
			response.on('error', reject);
		});
		request.on('error', reject);
		request.end();
	});
}

/** The status, headers and first chunk of a stream that never ends (the realtime events), then hangs up. */
function rawFirstChunk(url: string, headers: Record<string, string>): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { headers }, (response) => {
			response.once('data', (chunk: Buffer) => {
				resolve({ status: response.statusCode ?? 0, headers: response.headers, body: chunk });
				request.destroy();
			});
			response.on('error', reject);
		});
		request.on('error', reject);
		request.end();
	});
}

const varyOf = (response: RawResponse) =>
	String(response.headers.vary ?? '')
		.split(',')
		.map((v) => v.trim().toLowerCase());

// One server for the file: the public folder above, and the API beside it.
let server: TestServer;
let publicDir: string;
beforeAll(async () => {
	publicDir = await mkdtemp(path.join(os.tmpdir(), 'qep-static-'));
	const put = async (rel: string, content: string | Buffer, compressed = false) => {
		const file = path.join(publicDir, rel);
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(file, content);
		if (!compressed) return;
		// As the build does (scripts/lib/compress.js): both copies beside the original.
		await writeFile(`${file}.br`, brotliCompressSync(content));
		await writeFile(`${file}.gz`, gzipSync(content));
	};
	await put('200.html', PAGE, true);
	await put('index.html', HOME, true);
	await put('avis.html', SURVEY, true);
	await put(CHUNK_PATH.slice(1), CHUNK, true);
	await put('_app/immutable/assets/font.woff2', FONT);
	await put('_app/immutable/workers/w.js', WORKER);
	await put('sw.js', SERVICE_WORKER);
	await put('manifest.webmanifest', MANIFEST);
	server = await startTestServer({ publicDir });
});
afterAll(async () => {
	await server?.stop();
	await rm(publicDir, { recursive: true, force: true });
});

describe('static files', () => {
	it('sends the brotli copy when brotli is accepted, gzip when only gzip is, the original otherwise', async () => {
		const br = await rawGet(`${server.url}${CHUNK_PATH}`, { 'accept-encoding': 'gzip, deflate, br' });
		expect(br.status).toBe(200);
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.body.length).toBeLessThan(CHUNK.length / 4);
		expect(brotliDecompressSync(br.body).toString()).toBe(CHUNK);
		expect(br.headers['content-type']).toMatch(/^text\/javascript/);

		const gzip = await rawGet(`${server.url}${CHUNK_PATH}`, { 'accept-encoding': 'gzip' });
		expect(gzip.status).toBe(200);
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gzip.body).toString()).toBe(CHUNK);

		const refusals: Record<string, string>[] = [
			{},
			{ 'accept-encoding': 'identity' },
			{ 'accept-encoding': 'br;q=0, gzip;q=0' }
		];
		for (const none of refusals) {
			const plain = await rawGet(`${server.url}${CHUNK_PATH}`, none);
			expect(plain.status, JSON.stringify(none)).toBe(200);
			expect(plain.headers['content-encoding'], JSON.stringify(none)).toBeUndefined();
			expect(plain.body.toString(), JSON.stringify(none)).toBe(CHUNK);
		}

		for (const response of [br, gzip]) {
			expect(varyOf(response)).toContain('accept-encoding');
			expect(varyOf(response)).toContain('origin');
		}
	});

	it('caches hashed files for a year and makes everything else revalidate', async () => {
		const chunk = await rawGet(`${server.url}${CHUNK_PATH}`, { 'accept-encoding': 'br' });
		expect(chunk.headers['cache-control']).toBe(IMMUTABLE);
		for (const url of ['/', '/sw.js', '/manifest.webmanifest', '/reclamation/suivi']) {
			const response = await rawGet(`${server.url}${url}`, { 'accept-encoding': 'br' });
			expect(response.status, url).toBe(200);
			expect(response.headers['cache-control'], url).toBe('no-cache');
		}
		const manifest = await rawGet(`${server.url}/manifest.webmanifest`);
		expect(manifest.headers['content-type']).toBe('application/manifest+json');
		expect(manifest.body.toString()).toBe(MANIFEST);
	});

	it('answers a route of the app with its shell, compressed too', async () => {
		const deep = await rawGet(`${server.url}/reclamation/suivi`, { 'accept-encoding': 'gzip, br' });
		expect(deep.status).toBe(200);
		expect(deep.headers['content-type']).toMatch(/^text\/html/);
		expect(deep.headers['content-encoding']).toBe('br');
		expect(brotliDecompressSync(deep.body).toString()).toBe(PAGE);
		expect(varyOf(deep)).toContain('accept-encoding');
	});

	it('answers a public page with the file the build made for it, and the root with the home page', async () => {
		for (const url of ['/avis', '/avis/']) {
			const survey = await rawGet(`${server.url}${url}?site=metz`, { 'accept-encoding': 'gzip' });
			expect(survey.status, url).toBe(200);
			expect(survey.headers['content-type'], url).toMatch(/^text\/html/);
			expect(survey.headers['cache-control'], url).toBe('no-cache');
			expect(gunzipSync(survey.body).toString(), url).toBe(SURVEY);
		}
		const home = await rawGet(`${server.url}/`);
		expect(home.body.toString()).toBe(HOME);
	});

	it('answers HEAD with the headers of GET and no body', async () => {
		for (const url of [CHUNK_PATH, '/reclamation/suivi']) {
			const get = await rawGet(`${server.url}${url}`, { 'accept-encoding': 'br' });
			const head = await rawGet(`${server.url}${url}`, { 'accept-encoding': 'br' }, 'HEAD');
			expect(head.status, url).toBe(200);
			expect(head.headers['content-encoding'], url).toBe('br');
			for (const name of ['content-type', 'content-encoding', 'cache-control', 'vary', 'last-modified']) {
				expect(head.headers[name], `${url} ${name}`).toBe(get.headers[name]);
			}
			expect(head.body.length, url).toBe(0);
		}
	});

	it('refuses a missing hashed file, never with the page in its place', async () => {
		const missing = await rawGet(`${server.url}/_app/immutable/chunks/nope.js`, { 'accept-encoding': 'br' });
		expect(missing.status).toBe(404);
		expect(missing.headers['content-type'] ?? '').not.toMatch(/text\/html/);
		expect(missing.headers['content-encoding']).toBeUndefined();
		expect(missing.headers['cache-control'] ?? '').not.toMatch(/immutable|max-age/);
		expect(missing.body.toString()).not.toContain('<html');
	});

	it('answers a conditional request for an unchanged file with 304', async () => {
		const first = await rawGet(`${server.url}${CHUNK_PATH}`, { 'accept-encoding': 'br' });
		const lastModified = first.headers['last-modified'];
		expect(lastModified).toBeTruthy();
		const again = await rawGet(`${server.url}${CHUNK_PATH}`, {
			'accept-encoding': 'br',
			'if-modified-since': String(lastModified)
		});
		expect(again.status).toBe(304);
		expect(again.body.length).toBe(0);
		const older = new Date(Date.parse(String(lastModified)) - 60_000).toUTCString();
		const changed = await rawGet(`${server.url}${CHUNK_PATH}`, {
			'accept-encoding': 'br',
			'if-modified-since': older
		});
		expect(changed.status).toBe(200);
	});

	it('sends files without compressed copies as they are, varying on nothing but the origin', async () => {
		const font = await rawGet(`${server.url}/_app/immutable/assets/font.woff2`, {
			'accept-encoding': 'gzip, br'
		});
		expect(font.status).toBe(200);
		expect(font.headers['content-encoding']).toBeUndefined();
		expect(varyOf(font)).not.toContain('accept-encoding');
		expect(font.headers['cache-control']).toBe(IMMUTABLE);
		expect(font.body.equals(FONT)).toBe(true);
	});

	it('keeps the documents’ policies off hashed assets, and on the page and the workers’ scripts', async () => {
		for (const url of [CHUNK_PATH, '/_app/immutable/assets/font.woff2']) {
			const asset = await rawGet(`${server.url}${url}`);
			expect(asset.headers['x-content-type-options'], url).toBe('nosniff');
			expect(asset.headers['cross-origin-resource-policy'], url).toBe('same-origin');
			expect(asset.headers['content-security-policy'], url).toBeUndefined();
			expect(asset.headers['permissions-policy'], url).toBeUndefined();
		}
		for (const url of ['/', '/reclamation/suivi', '/_app/immutable/workers/w.js', '/sw.js']) {
			const document = await rawGet(`${server.url}${url}`);
			expect(document.status, url).toBe(200);
			expect(document.headers['content-security-policy'], url).toMatch(/script-src 'self'/);
			expect(document.headers['x-content-type-options'], url).toBe('nosniff');
		}
	});
});

describe('API compression', () => {
	it('gzips the API’s answers for a client that accepts it, and only then', async () => {
		for (const url of ['/api/health', '/api/collections/sites/records?perPage=200']) {
			const gzipped = await rawGet(`${server.url}${url}`, { 'accept-encoding': 'gzip' });
			expect(gzipped.status, url).toBe(200);
			expect(gzipped.headers['content-encoding'], url).toBe('gzip');
			expect(varyOf(gzipped), url).toContain('accept-encoding');
			expect(JSON.parse(gunzipSync(gzipped.body).toString()), url).toBeTypeOf('object');

			const plain = await rawGet(`${server.url}${url}`);
			expect(plain.status, url).toBe(200);
			expect(plain.headers['content-encoding'], url).toBeUndefined();
			expect(JSON.parse(plain.body.toString()), url).toBeTypeOf('object');
		}
	});

	it('leaves the realtime stream uncompressed, so events arrive as they happen', async () => {
		const stream = await rawFirstChunk(`${server.url}/api/realtime`, { 'accept-encoding': 'gzip' });
		expect(stream.status).toBe(200);
		expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
		expect(stream.headers['content-encoding']).toBeUndefined();
		expect(stream.body.toString()).toContain('PB_CONNECT');
	});
});
