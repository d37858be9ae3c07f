import { describe, expect, it } from 'vitest';
import { base64UrlBytes, jwtClaims } from './oidc-jwt.js';

const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload) => `${part({ alg: 'RS256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJl`;

describe('a JWT’s claims, read without the engine’s time checks', () => {
	it('decodes base64url as Node’s Buffer does, for every length and byte', () => {
		const bytes = Array.from({ length: 256 }, (_, i) => (i * 37 + 11) & 0xff);
		for (let length = 0; length <= bytes.length; length += 1) {
			const slice = bytes.slice(0, length);
			const encoded = Buffer.from(slice).toString('base64url');
			expect(base64UrlBytes(encoded)).toEqual(slice);
			expect(
				base64UrlBytes(Buffer.from(slice).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'))
			).toEqual(slice);
		}
	});

	it('gives the payload, non-ASCII text included', () => {
		const payload = { sub: 'sub-claire', usual_name: 'Lefèvre–Österreich 👩‍💼', aud: ['a', 'b'], iat: 1 };
		expect(jwtClaims(jwt(payload))).toEqual(payload);
	});

	it('keeps an iat a minute ahead (the skew is the claims’ check, not the decoder’s)', () => {
		const now = Math.floor(Date.now() / 1000);
		const payload = { iat: now + 60, exp: now + 120, nbf: now + 60 };
		expect(jwtClaims(jwt(payload))).toEqual(payload);
	});

	it.each([
		['no dots', 'abc'],
		['two parts', `${part({})}.${part({ a: 1 })}`],
		['an empty payload', `${part({})}..sig`],
		['a character outside base64url', `${part({})}.${part({ a: 1 })}+.sig`],
		['an impossible length', `${part({})}.eyJhIjoxfQAAA.sig`],
		['invalid UTF-8', `${part({})}.${Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url')}.sig`],
		['not JSON', `${part({})}.${Buffer.from('not json').toString('base64url')}.sig`],
		['a JSON array', `${part({})}.${part([1])}.sig`],
		['JSON null', `${part({})}.${part(null)}.sig`],
		['nothing', undefined]
	])('throws on %s', (_, token) => {
		expect(() => jwtClaims(token)).toThrow();
	});
});
