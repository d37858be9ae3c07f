import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	areaOf,
	contentSecurityPolicy,
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
		expect(areaOf('/_app/immutable/x.js')).toBe('app');
	});
});
