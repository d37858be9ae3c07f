import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64, basicCredentials, formBody, s256Challenge, withQuery } from './oidc-url.js';

const sha256Hex = (text) => createHash('sha256').update(text).digest('hex');

describe('the sign-in’s requests', () => {
	it('make the PKCE S256 challenge of RFC 7636’s example (appendix B)', () => {
		expect(s256Challenge(sha256Hex('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'))).toBe(
			'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
		);
	});

	it('encode base64 as Node does, in both alphabets', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				expect(base64(Array.from(bytes))).toBe(Buffer.from(bytes).toString('base64'));
				expect(base64(Array.from(bytes), true)).toBe(Buffer.from(bytes).toString('base64url'));
			})
		);
	});

	it('encode form bodies and queries, keeping an existing query and fragment', () => {
		expect(formBody({ scope: 'openid email', redirect_uri: 'https://q.test/cb?x=1&y' })).toBe(
			'scope=openid%20email&redirect_uri=https%3A%2F%2Fq.test%2Fcb%3Fx%3D1%26y'
		);
		expect(withQuery('https://p.test/authorize', { a: 'é' })).toBe('https://p.test/authorize?a=%C3%A9');
		expect(withQuery('https://p.test/authorize?tenant=x#f', { a: 1 })).toBe(
			'https://p.test/authorize?tenant=x&a=1#f'
		);
	});

	it('send HTTP Basic credentials form-encoded first (RFC 6749 §2.3.1)', () => {
		expect(basicCredentials('qualité', 'a:b')).toBe(
			`Basic ${Buffer.from('qualit%C3%A9:a%3Ab').toString('base64')}`
		);
	});
});
