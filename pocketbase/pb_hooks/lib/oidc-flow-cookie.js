// What a sign-in remembers between its start and the provider's callback: state, nonce and PKCE verifier,
// in a cookie the server encrypts (AES-256-GCM: the browser can neither read nor change it), HttpOnly,
// SameSite=Lax (sent on the provider's redirect back, a top-level GET), living ten minutes. Chosen over a
// collection: nothing is written before a sign-in succeeds (no table for anonymous visitors to fill), and
// the state is bound to the browser that started, so a callback link sent to someone else fails (login
// CSRF). One use: the callback clears it before anything else; a replay with a copied cookie still meets
// the authorization code's own single use at the provider (RFC 6749 §4.1.2).

const FLOW_COOKIE = 'qep_oidc_flow';
const FLOW_TTL_SECONDS = 600;

/** The cookie's value: `seal` encrypts a string ($security.encrypt with the server's key). */
function sealFlow({ state, nonce, verifier }, nowSeconds, seal) {
	return seal(JSON.stringify({ state, nonce, verifier, exp: nowSeconds + FLOW_TTL_SECONDS }));
}

/**
 * The sign-in's nonce and verifier when the cookie is there, opens, has not expired and carries the state the
 * provider sent back (`equal`: a constant-time comparison); else null. `open` decrypts (throws on tampering).
 */
function openFlow(sealed, returnedState, nowSeconds, { open, equal }) {
	if (!sealed || !returnedState || sealed.length > 4096 || returnedState.length > 512) return null;
	let flow;
	try {
		flow = JSON.parse(open(sealed));
	} catch {
		return null;
	}
	if (!flow || typeof flow.state !== 'string' || typeof flow.nonce !== 'string') return null;
	if (typeof flow.verifier !== 'string' || !(Number(flow.exp) > nowSeconds)) return null;
	if (!equal(flow.state, returnedState)) return null;
	return { nonce: flow.nonce, verifier: flow.verifier };
}

module.exports = { FLOW_COOKIE, FLOW_TTL_SECONDS, sealFlow, openFlow };
