// The checks of OpenID Connect Core 1.0 §3.1.3.7 on the id_token's claims, and §5.3.2 on userinfo's, as
// verdicts: null when the claims pass, else the name of the first claim that fails. Pure: the route decodes
// the tokens and gives the clock. The signature is not checked here (see lib/oidc-routes.js).

/** Seconds of clock difference with the provider tolerated on `iat`. */
const CLOCK_SKEW_SECONDS = 120;

/** `aud` is a string or an array of strings (Core §2); a Go slice from the engine is array-like. */
function audiences(aud) {
	if (typeof aud === 'string') return [aud];
	if (aud && typeof aud === 'object' && typeof aud.length === 'number') return Array.from(aud, String);
	return [];
}

/**
 * Why the id_token's claims are refused, or null: `iss` must be the issuer, `aud` must contain our client
 * id, `azp` must be our client id when present and when `aud` names anyone else, `exp` in the future, `iat` not in the future beyond the
 * skew, `nonce` the one this sign-in sent, `sub` present.
 * @param {Record<string, unknown>} claims
 * @param {{ issuer: string, clientId: string, nonce: string, nowSeconds: number }} expected
 * @returns {null | 'iss' | 'aud' | 'azp' | 'exp' | 'iat' | 'nonce' | 'sub'}
 */
function idTokenProblem(claims, { issuer, clientId, nonce, nowSeconds }) {
	if (!claims || typeof claims !== 'object') return 'sub';
	if (claims.iss !== issuer) return 'iss';
	const aud = audiences(claims.aud);
	if (!aud.includes(clientId)) return 'aud';
	// Core §3.1.3.7 (4, 5): with other audiences beside us, the token must say it was issued to us.
	if (aud.length > 1 && claims.azp !== clientId) return 'azp';
	if (claims.azp !== undefined && claims.azp !== null && claims.azp !== clientId) return 'azp';
	const exp = Number(claims.exp);
	if (!Number.isFinite(exp) || exp <= nowSeconds) return 'exp';
	const iat = Number(claims.iat);
	if (!Number.isFinite(iat) || iat > nowSeconds + CLOCK_SKEW_SECONDS) return 'iat';
	if (typeof claims.nonce !== 'string' || !nonce || claims.nonce !== nonce) return 'nonce';
	if (typeof claims.sub !== 'string' || claims.sub === '') return 'sub';
	return null;
}

/**
 * Why the userinfo answer is refused, or null: its `sub` must be the id_token's (Core §5.3.2); a signed
 * answer (ProConnect's) that names an issuer or an audience must name ours.
 * @returns {null | 'sub' | 'iss' | 'aud'}
 */
function userinfoProblem(userinfo, idClaims, { issuer, clientId }) {
	if (!userinfo || typeof userinfo !== 'object') return 'sub';
	if (typeof userinfo.sub !== 'string' || userinfo.sub !== idClaims.sub) return 'sub';
	if (userinfo.iss !== undefined && userinfo.iss !== issuer) return 'iss';
	if (userinfo.aud !== undefined && !audiences(userinfo.aud).includes(clientId)) return 'aud';
	return null;
}

/**
 * Whether the provider says the e-mail is not verified: `email_verified` present (userinfo or id_token) and
 * anything but true. A generic provider whose users may type any address would otherwise let one take an
 * administrator's. ProConnect sends no such claim: its addresses are the administrations' own.
 */
function emailUnverified(userinfo, idClaims) {
	return [userinfo, idClaims].some(
		(source) =>
			source &&
			source.email_verified !== undefined &&
			source.email_verified !== true &&
			source.email_verified !== 'true'
	);
}

/** The e-mail address the provider gives (userinfo first, then the id_token), trimmed, or null (unverified too). */
function emailOf(userinfo, idClaims) {
	if (emailUnverified(userinfo, idClaims)) return null;
	const sources = [userinfo, idClaims];
	for (const source of sources) {
		const email = source && typeof source.email === 'string' ? source.email.trim() : '';
		if (email.length >= 3 && email.length <= 254 && email.includes('@')) return email;
	}
	return null;
}

module.exports = { CLOCK_SKEW_SECONDS, idTokenProblem, userinfoProblem, emailUnverified, emailOf };
