import { describe, expect, it } from 'vitest';
import { applyTrustedProxy, trustedProxyFromEnv } from './proxy-settings.js';

const env = (values) => (name) => values[name] ?? '';

describe('trustedProxyFromEnv', () => {
	it('is null without TRUSTED_PROXY_HEADERS, so the database keeps its settings', () => {
		expect(trustedProxyFromEnv(env({}))).toBeNull();
		expect(trustedProxyFromEnv(env({ TRUSTED_PROXY_HEADERS: '  ' }))).toBeNull();
	});

	it('reads one header or several, rightmost address by default', () => {
		expect(trustedProxyFromEnv(env({ TRUSTED_PROXY_HEADERS: 'X-Real-IP' }))).toEqual({
			headers: ['X-Real-IP'],
			useLeftmostIP: false
		});
		expect(
			trustedProxyFromEnv(
				env({ TRUSTED_PROXY_HEADERS: ' X-Forwarded-For , CF-Connecting-IP', TRUSTED_PROXY_LEFTMOST: 'TRUE' })
			)
		).toEqual({ headers: ['X-Forwarded-For', 'CF-Connecting-IP'], useLeftmostIP: true });
	});

	it('clears the headers with "none"', () => {
		expect(trustedProxyFromEnv(env({ TRUSTED_PROXY_HEADERS: 'None' }))).toEqual({
			headers: [],
			useLeftmostIP: false
		});
	});

	it.each([
		['X-Real-IP;', /header names/],
		['X-Real-IP,', /header names/],
		['X Real IP', /header names/],
		['X-Real-IP: 1.2.3.4', /header names/],
		['x-real-ip, X-Real-IP', /twice/]
	])('refuses TRUSTED_PROXY_HEADERS=%j', (value, message) => {
		expect(() => trustedProxyFromEnv(env({ TRUSTED_PROXY_HEADERS: value }))).toThrow(message);
	});

	it('refuses a TRUSTED_PROXY_LEFTMOST that is not a boolean, or one without headers', () => {
		expect(() =>
			trustedProxyFromEnv(env({ TRUSTED_PROXY_HEADERS: 'X-Real-IP', TRUSTED_PROXY_LEFTMOST: 'yes' }))
		).toThrow(/TRUSTED_PROXY_LEFTMOST must be "true" or "false"/);
		expect(() => trustedProxyFromEnv(env({ TRUSTED_PROXY_LEFTMOST: 'false' }))).toThrow(
			/TRUSTED_PROXY_HEADERS is not/
		);
	});
});

describe('applyTrustedProxy', () => {
	/** PocketBase's settings: `headers` is a Go slice, which the hooks see as an array-like object. */
	const fakeApp = (headers = [], useLeftmostIP = false) => {
		const settings = { trustedProxy: { headers: { ...headers, length: headers.length }, useLeftmostIP } };
		const saved = [];
		return { settings: () => settings, save: (s) => saved.push(structuredClone(s)), saved };
	};

	it('saves once, then not again while nothing changed', () => {
		const app = fakeApp();
		const getenv = env({ TRUSTED_PROXY_HEADERS: 'X-Real-IP' });
		expect(applyTrustedProxy(app, getenv)).toBe(true);
		expect(applyTrustedProxy(app, getenv)).toBe(false);
		expect(app.saved).toEqual([{ trustedProxy: { headers: ['X-Real-IP'], useLeftmostIP: false } }]);
	});

	it('leaves settings alone when the environment says nothing', () => {
		const app = fakeApp(['X-Forwarded-For'], true);
		expect(applyTrustedProxy(app, env({}))).toBe(false);
		expect(app.saved).toHaveLength(0);
	});

	it('saves when the order, the names or the leftmost flag changed', () => {
		expect(applyTrustedProxy(fakeApp(['B', 'A']), env({ TRUSTED_PROXY_HEADERS: 'A,B' }))).toBe(true);
		expect(applyTrustedProxy(fakeApp(['X-Real-IP']), env({ TRUSTED_PROXY_HEADERS: 'none' }))).toBe(true);
		expect(
			applyTrustedProxy(
				fakeApp(['X-Forwarded-For']),
				env({ TRUSTED_PROXY_HEADERS: 'X-Forwarded-For', TRUSTED_PROXY_LEFTMOST: 'true' })
			)
		).toBe(true);
	});

	it('does not save over good settings when the environment is wrong', () => {
		const app = fakeApp(['X-Real-IP']);
		expect(() => applyTrustedProxy(app, env({ TRUSTED_PROXY_HEADERS: 'X-Real-IP;' }))).toThrow();
		expect(app.saved).toHaveLength(0);
	});
});
