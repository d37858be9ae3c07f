import { describe, expect, it } from 'vitest';
import { discoveryCacheEntry, discoveryUrl, endpointsFrom, freshDiscovery } from './oidc-discovery.js';

const ISSUER = 'https://auth.proconnect.gouv.fr/api/v2';
const DOC = {
	issuer: ISSUER,
	authorization_endpoint: `${ISSUER}/authorize`,
	token_endpoint: `${ISSUER}/token`,
	userinfo_endpoint: `${ISSUER}/userinfo`,
	end_session_endpoint: `${ISSUER}/session/end`,
	jwks_uri: `${ISSUER}/jwks`,
	token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt']
};

describe('the provider’s discovery document', () => {
	it('is at the issuer’s well-known path', () => {
		expect(discoveryUrl(ISSUER)).toBe(`${ISSUER}/.well-known/openid-configuration`);
		expect(discoveryUrl(`${ISSUER}/`)).toBe(`${ISSUER}/.well-known/openid-configuration`);
	});

	it('gives the endpoints, and the client secret in the form when the provider takes it so', () => {
		expect(endpointsFrom(DOC, ISSUER)).toEqual({
			authorization: `${ISSUER}/authorize`,
			token: `${ISSUER}/token`,
			userinfo: `${ISSUER}/userinfo`,
			endSession: `${ISSUER}/session/end`,
			tokenAuth: 'client_secret_post',
			issParameter: false
		});
	});

	it('sends the secret as HTTP Basic when the provider lists no method or not the form', () => {
		const { token_endpoint_auth_methods_supported: _, ...unlisted } = DOC;
		expect(endpointsFrom(unlisted, ISSUER).tokenAuth).toBe('client_secret_basic');
		expect(
			endpointsFrom({ ...DOC, token_endpoint_auth_methods_supported: ['client_secret_basic'] }, ISSUER)
				.tokenAuth
		).toBe('client_secret_basic');
	});

	it('has no sign-out endpoint when the provider names none', () => {
		expect(endpointsFrom({ ...DOC, end_session_endpoint: undefined }, ISSUER).endSession).toBeNull();
	});

	it('is refused when it names another issuer, lacks an endpoint or points to plain http', () => {
		expect(() => endpointsFrom({ ...DOC, issuer: `${ISSUER}/` }, ISSUER)).toThrow(/another issuer/);
		expect(() => endpointsFrom({ ...DOC, userinfo_endpoint: undefined }, ISSUER)).toThrow(
			/userinfo_endpoint/
		);
		expect(() => endpointsFrom({ ...DOC, token_endpoint: 'http://evil.test/token' }, ISSUER)).toThrow(
			/token_endpoint/
		);
		expect(() => endpointsFrom(null, ISSUER)).toThrow(/not a JSON object/);
	});

	it.each(['http://127.0.0.1:9000/token', 'http://localhost/token', 'ftp://auth.example/token'])(
		'under an https issuer, is refused with an endpoint that is not https (%s)',
		(token) => {
			expect(() => endpointsFrom({ ...DOC, token_endpoint: token }, ISSUER)).toThrow(/token_endpoint/);
			const endSession = endpointsFrom({ ...DOC, end_session_endpoint: token }, ISSUER).endSession;
			expect(endSession).toBeNull();
		}
	);

	it('keeps loopback endpoints for a loopback issuer (the tests’ provider)', () => {
		const local = 'http://127.0.0.1:9000';
		const doc = { ...DOC, issuer: local, token_endpoint: `${local}/token` };
		expect(endpointsFrom(doc, local).token).toBe(`${local}/token`);
	});

	it('says the callback must name the issuer when the provider says it does (RFC 9207)', () => {
		const named = { ...DOC, authorization_response_iss_parameter_supported: true };
		expect(endpointsFrom(named, ISSUER).issParameter).toBe(true);
		const notTrue = { ...DOC, authorization_response_iss_parameter_supported: 'yes' };
		expect(endpointsFrom(notTrue, ISSUER).issParameter).toBe(false);
	});
});

describe('the kept discovery', () => {
	const NOW = 1_800_000_000_000;
	const endpoints = endpointsFrom(DOC, ISSUER);

	it('is used for an hour when it was read', () => {
		const kept = discoveryCacheEntry(ISSUER, NOW, { endpoints });
		expect(freshDiscovery(kept, ISSUER, NOW + 3599_000)).toEqual({ endpoints });
		expect(freshDiscovery(kept, ISSUER, NOW + 3600_000)).toBeNull();
	});

	it('holds a failure for 30 seconds, then the provider is asked again', () => {
		const kept = discoveryCacheEntry(ISSUER, NOW, { failure: 'the discovery document answered 503' });
		expect(freshDiscovery(kept, ISSUER, NOW + 29_999)).toEqual({
			failure: 'the discovery document answered 503'
		});
		expect(freshDiscovery(kept, ISSUER, NOW + 30_000)).toBeNull();
	});

	it('is not used for another issuer, or when there is none', () => {
		const kept = discoveryCacheEntry(ISSUER, NOW, { endpoints });
		expect(freshDiscovery(kept, 'https://other.example', NOW)).toBeNull();
		expect(freshDiscovery(null, ISSUER, NOW)).toBeNull();
		expect(freshDiscovery(undefined, ISSUER, NOW)).toBeNull();
	});
});
