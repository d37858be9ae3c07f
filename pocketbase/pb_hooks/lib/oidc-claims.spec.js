import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_SECONDS, emailOf, idTokenProblem, userinfoProblem } from './oidc-claims.js';

const NOW = 1_800_000_000;
const EXPECTED = {
	issuer: 'https://auth.proconnect.gouv.fr/api/v2',
	clientId: 'qualite',
	nonce: 'n-0123',
	nowSeconds: NOW
};
const ID = {
	iss: EXPECTED.issuer,
	aud: 'qualite',
	sub: 'sub-claire',
	exp: NOW + 60,
	iat: NOW - 1,
	nonce: 'n-0123'
};
const problem = (changes) => idTokenProblem({ ...ID, ...changes }, EXPECTED);

describe('the id_token’s claims', () => {
	it('pass when they come from our provider, for us, for this sign-in, in time', () => {
		expect(problem({})).toBeNull();
		expect(problem({ aud: ['autre', 'qualite'], azp: 'qualite' })).toBeNull();
		expect(problem({ iat: NOW + CLOCK_SKEW_SECONDS })).toBeNull();
	});

	it.each([
		['wrong nonce', { nonce: 'n-other' }, 'nonce'],
		['no nonce', { nonce: undefined }, 'nonce'],
		['wrong audience', { aud: 'autre-service' }, 'aud'],
		['audience list without us', { aud: ['autre-service'] }, 'aud'],
		['no audience', { aud: undefined }, 'aud'],
		['another authorized party', { aud: ['qualite', 'autre'], azp: 'autre' }, 'azp'],
		['other audiences beside us and no azp', { aud: ['qualite', 'autre'] }, 'azp'],
		['expired', { exp: NOW - 1 }, 'exp'],
		['expiring now', { exp: NOW }, 'exp'],
		['no expiry', { exp: undefined }, 'exp'],
		['issued in the future', { iat: NOW + CLOCK_SKEW_SECONDS + 1 }, 'iat'],
		['wrong issuer', { iss: 'https://evil.test' }, 'iss'],
		['issuer with a trailing slash', { iss: `${EXPECTED.issuer}/` }, 'iss'],
		['no subject', { sub: '' }, 'sub']
	])('are refused with %s', (_, changes, verdict) => {
		expect(problem(changes)).toBe(verdict);
	});

	it('are refused when this sign-in has no nonce to compare', () => {
		expect(idTokenProblem({ ...ID, nonce: '' }, { ...EXPECTED, nonce: '' })).toBe('nonce');
	});

	it('are refused when missing', () => {
		expect(idTokenProblem(null, EXPECTED)).toBe('sub');
	});
});

describe('the userinfo answer', () => {
	it('passes with the id_token’s subject, signed by our provider for us or plain JSON', () => {
		expect(
			userinfoProblem({ sub: 'sub-claire', iss: EXPECTED.issuer, aud: 'qualite' }, ID, EXPECTED)
		).toBeNull();
		expect(userinfoProblem({ sub: 'sub-claire', email: 'c@x.fr' }, ID, EXPECTED)).toBeNull();
	});

	it('is refused for another subject, issuer or audience', () => {
		expect(userinfoProblem({ sub: 'sub-other' }, ID, EXPECTED)).toBe('sub');
		expect(userinfoProblem({}, ID, EXPECTED)).toBe('sub');
		expect(userinfoProblem(null, ID, EXPECTED)).toBe('sub');
		expect(userinfoProblem({ sub: 'sub-claire', iss: 'https://evil.test' }, ID, EXPECTED)).toBe('iss');
		expect(userinfoProblem({ sub: 'sub-claire', aud: 'autre' }, ID, EXPECTED)).toBe('aud');
	});
});

describe('the e-mail that finds the staff account', () => {
	it('comes from userinfo, else from the id_token, trimmed', () => {
		expect(emailOf({ email: ' Claire.Martin@Interieur.gouv.fr ' }, ID)).toBe(
			'Claire.Martin@Interieur.gouv.fr'
		);
		expect(emailOf({ sub: 'x' }, { ...ID, email: 'c@x.fr' })).toBe('c@x.fr');
	});

	it('is null when neither gives a plausible address', () => {
		expect(emailOf({ email: 'pas-une-adresse' }, ID)).toBeNull();
		expect(emailOf({ email: 'c@x.fr', email_verified: true }, ID)).toBe('c@x.fr');
		expect(emailOf({ email: 'c@x.fr', email_verified: 'true' }, ID)).toBe('c@x.fr');
		expect(emailOf({ email: 42 }, null)).toBeNull();
		expect(emailOf({ email: `${'a'.repeat(250)}@x.fr` }, ID)).toBeNull();
	});
});

describe('an e-mail the provider does not vouch for', () => {
	it.each([
		['false in userinfo', { email: 'admin@x.fr', email_verified: false }, ID],
		['"false" in userinfo', { email: 'admin@x.fr', email_verified: 'false' }, ID],
		['null in userinfo', { email: 'admin@x.fr', email_verified: null }, ID],
		['false in the id_token only', { email: 'admin@x.fr' }, { ...ID, email_verified: false }],
		[
			'verified in userinfo but not in the id_token',
			{ email: 'admin@x.fr', email_verified: true },
			{ ...ID, email_verified: false }
		]
	])('is no e-mail (%s)', (_, userinfo, idClaims) => {
		expect(emailOf(userinfo, idClaims)).toBeNull();
	});
});
