import { describe, expect, it } from 'vitest';
import { isDemoEmail, productionRefusals, runMode } from './run-mode.js';
const env = (values) => (name) => values[name] ?? '';
const PROXY = ['X-Real-IP'];

describe('runMode', () => {
	it('is demo unless production is asked for', () => {
		expect(runMode(env({}))).toBe('demo');
		expect(runMode(env({ QEP_MODE: ' Production ' }))).toBe('production');
		expect(runMode(env({ QEP_MODE: 'demo' }))).toBe('demo');
	});

	it('refuses a mode it does not know rather than guessing', () => {
		expect(() => runMode(env({ QEP_MODE: 'prod' }))).toThrow(/QEP_MODE must be "demo" or "production"/);
	});
});

describe('isDemoEmail', () => {
	it('recognises the demo domain and its subdomains only', () => {
		expect(isDemoEmail('admin@demo.qual-e-pref.fr')).toBe(true);
		expect(isDemoEmail('Agent@DEMO.qual-e-pref.fr')).toBe(true);
		expect(isDemoEmail('x@metz.demo.qual-e-pref.fr')).toBe(true);
		expect(isDemoEmail('x@notdemo.qual-e-pref.fr')).toBe(false);
		expect(isDemoEmail('demo.qual-e-pref.fr@moselle.gouv.fr')).toBe(false);
	});
});

describe('productionRefusals', () => {
	it('lets a clean database with a public https address start', () => {
		expect(
			productionRefusals({
				appUrl: 'https://qualite.moselle.gouv.fr',
				demoRecords: 0,
				trustedProxyHeaders: PROXY
			})
		).toEqual([]);
	});

	it('refuses a database holding the demo', () => {
		const refusals = productionRefusals({
			appUrl: 'https://qualite.moselle.gouv.fr',
			demoRecords: 4,
			trustedProxyHeaders: PROXY
		});
		expect(refusals).toHaveLength(1);
		expect(refusals[0]).toMatch(/holds the demo \(4 account/);
	});

	it('needs a public https address for the links in e-mails', () => {
		expect(productionRefusals({ appUrl: '', demoRecords: 0, trustedProxyHeaders: PROXY })[0]).toMatch(
			/APP_URL must be set/
		);
		expect(
			productionRefusals({
				appUrl: 'http://qualite.moselle.gouv.fr',
				demoRecords: 0,
				trustedProxyHeaders: PROXY
			})[0]
		).toMatch(/https/);
		expect(
			productionRefusals({ appUrl: 'not a url', demoRecords: 0, trustedProxyHeaders: PROXY })[0]
		).toMatch(/APP_URL must be set/);
	});

	it('accepts plain http on this machine only, for a local trial of production mode', () => {
		expect(
			productionRefusals({ appUrl: 'http://127.0.0.1:8090', demoRecords: 0, trustedProxyHeaders: PROXY })
		).toEqual([]);
		expect(
			productionRefusals({ appUrl: 'http://localhost:8090', demoRecords: 0, trustedProxyHeaders: PROXY })
		).toEqual([]);
	});
});

describe('productionRefusals, on addresses the hooks engine reads without a URL class', () => {
	it('accepts ports, paths and IPv6 loopback', () => {
		for (const appUrl of ['https://q.gouv.fr:8443/qualite', 'http://[::1]:8090', 'HTTPS://Q.GOUV.FR'])
			expect(productionRefusals({ appUrl, demoRecords: 0, trustedProxyHeaders: PROXY }), appUrl).toEqual([]);
	});
	it('refuses other schemes and stray text', () => {
		for (const appUrl of ['ftp://q.gouv.fr', 'https://q.gouv.fr extra', 'https://'])
			expect(productionRefusals({ appUrl, demoRecords: 0, trustedProxyHeaders: PROXY }), appUrl).toHaveLength(
				1
			);
	});
});

describe('productionRefusals, behind the reverse proxy', () => {
	it('needs the header that carries the visitor’s address', () => {
		const refusals = productionRefusals({
			appUrl: 'https://q.gouv.fr',
			demoRecords: 0,
			trustedProxyHeaders: []
		});
		expect(refusals).toHaveLength(1);
		expect(refusals[0]).toMatch(/TRUSTED_PROXY_HEADERS/);
	});
});
