import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	areaOf,
	contentSecurityPolicy,
	DOCUMENT_ONLY,
	FILES_POLICY,
	hexToBase64,
	inlineScripts,
	securityHeaders
} from './security-headers.js';

describe('hexToBase64', () => {
	it('spells the same bytes as Node’s base64, padding included', () => {
		for (const size of [0, 1, 2, 3, 4, 5, 31, 32, 33]) {
			const bytes = randomBytes(size);
			expect(hexToBase64(bytes.toString('hex')), String(size)).toBe(bytes.toString('base64'));
		}
		const script = 'kit.start(app, element);';
		const hex = createHash('sha256').update(script).digest('hex');
		expect(hexToBase64(hex)).toBe(createHash('sha256').update(script).digest('base64'));
	});
});

describe('inlineScripts', () => {
	it('finds the inline scripts of a page, not the external ones', () => {
		const html =
			'<script type="module" src="/a.js"></script><SCRIPT>one()</SCRIPT>' +
			'<script nonce="x">\n two()\n</script><script src=/b.js></script>';
		expect(inlineScripts(html)).toEqual(['one()', '\n two()\n']);
		expect(inlineScripts('<p>no script</p>')).toEqual([]);
	});
});

describe('securityHeaders', () => {
	it('allows scripts from the app and the listed hashes only', () => {
		const csp = contentSecurityPolicy(['sha256-abc=']);
		expect(csp).toContain("script-src 'self' 'sha256-abc='");
		expect(csp).not.toMatch(/script-src[^;]*unsafe/);
		expect(csp).toContain("frame-ancestors 'none'");
	});

	it('sends HSTS only for an HTTPS address, and leaves the dashboard its own policy', () => {
		const app = securityHeaders({ scriptHashes: [], https: true, area: 'app' });
		expect(app['Strict-Transport-Security']).toMatch(/^max-age=/);
		expect(app['Content-Security-Policy']).toBeDefined();
		const dashboard = securityHeaders({ scriptHashes: [], https: false, area: 'dashboard' });
		expect(dashboard['Strict-Transport-Security']).toBeUndefined();
		expect(dashboard['Content-Security-Policy']).toBeUndefined();
		expect(dashboard['X-Frame-Options']).toBe('DENY');
	});

	it('sandboxes uploaded files, and tells the areas apart by path', () => {
		const files = securityHeaders({ scriptHashes: ['sha256-x='], https: false, area: 'files' });
		expect(files['Content-Security-Policy']).toBe(FILES_POLICY);
		expect(FILES_POLICY).toContain('sandbox');
		expect(areaOf('/api/files/complaints/abc/scan.pdf')).toBe('files');
		expect(areaOf('/_/')).toBe('dashboard');
		expect(areaOf('/_')).toBe('dashboard');
		expect(areaOf('/api/qep/ingest')).toBe('app');
		expect(areaOf('/_app/version.json')).toBe('app');
		expect(areaOf('/service-worker.js')).toBe('app');
	});

	it('treats the hashed files as assets, but for workers and SVG pictures', () => {
		expect(areaOf('/_app/immutable/x.js')).toBe('asset');
		expect(areaOf('/_app/immutable/chunks/x.js')).toBe('asset');
		expect(areaOf('/_app/immutable/assets/app.css')).toBe('asset');
		expect(areaOf('/_app/immutable/assets/marianne.woff2')).toBe('asset');
		// A worker runs under its script's policy; an SVG opened alone is a document that can run scripts.
		expect(areaOf('/_app/immutable/workers/sync.js')).toBe('app');
		expect(areaOf('/_app/immutable/assets/logo.svg')).toBe('picture');
		expect(areaOf('/_app/immutable/assets/logo.SVG')).toBe('picture');
		expect(areaOf('/favicon.svg')).toBe('app');
	});

	it('sandboxes an SVG picture without script, and gives it nothing else of a document', () => {
		const picture = securityHeaders({ scriptHashes: ['sha256-x='], https: true, area: 'picture' });
		expect(picture).toEqual({
			'X-Content-Type-Options': 'nosniff',
			'Cross-Origin-Resource-Policy': 'same-origin',
			'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
			'Content-Security-Policy': FILES_POLICY
		});
		expect(FILES_POLICY).toMatch(/default-src 'none'.*sandbox/);
		expect(FILES_POLICY).not.toContain('script-src');
	});

	it('gives assets only what a non-document needs', () => {
		const asset = securityHeaders({ scriptHashes: ['sha256-x='], https: true, area: 'asset' });
		expect(asset).toEqual({
			'X-Content-Type-Options': 'nosniff',
			'Cross-Origin-Resource-Policy': 'same-origin',
			'Strict-Transport-Security': 'max-age=63072000; includeSubDomains'
		});
		const plain = securityHeaders({ scriptHashes: [], https: false, area: 'asset' });
		expect(plain['Strict-Transport-Security']).toBeUndefined();
		expect(plain['X-Content-Type-Options']).toBe('nosniff');
		for (const name of [
			'Content-Security-Policy',
			'Permissions-Policy',
			'X-Frame-Options',
			'Referrer-Policy',
			'Cross-Origin-Opener-Policy'
		]) {
			expect(plain[name], name).toBeUndefined();
		}
		// The app's own documents keep every policy.
		const app = securityHeaders({ scriptHashes: [], https: false, area: 'app' });
		expect(app['Permissions-Policy']).toBeDefined();
		expect(app['Referrer-Policy']).toBe('no-referrer');
	});

	it('lists as document-only every header documents get and assets do not, and none assets keep', () => {
		const asset = securityHeaders({ scriptHashes: [], https: true, area: 'asset' });
		for (const area of /** @type {const} */ (['app', 'files', 'dashboard'])) {
			const headers = securityHeaders({ scriptHashes: [], https: true, area });
			for (const name of Object.keys(headers).filter((n) => !(n in asset))) {
				expect(DOCUMENT_ONLY, `${area}: ${name}`).toContain(name);
			}
		}
		for (const name of Object.keys(asset)) expect(DOCUMENT_ONLY).not.toContain(name);
	});
});
