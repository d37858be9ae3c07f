// How the callback hands the session to the page without putting a replayable token in an address: it keeps
// the PocketBase token here for a minute under a random one-time code, which goes in the landing page's
// fragment, bound to a random secret in an HttpOnly cookie set by the same answer. The page posts the code
// (POST /api/qep/oidc/session) and gets the token in the JSON body; the code is spent at the first try,
// whatever its outcome. A code read from the browser's history is spent or stale, and useless without this
// browser's cookie; a code pushed into someone else's browser (login CSRF) meets no cookie there.
// Held in PocketBase's in-memory store: a restart in that minute costs one sign-in, nothing else.

const HANDOFF_COOKIE = 'qep_oidc_handoff';
const HANDOFF_TTL_SECONDS = 60;
const KEY_PREFIX = 'qep.oidc.handoff.';
const CODE_PATTERN = /^[A-Za-z0-9]{43}$/;

/**
 * The token of a held entry for the browser whose secret hashes to `bindingHash`, or null: missing, stale
 * at `nowMs`, or bound to another browser (`equal`: a constant-time comparison). Pure.
 */
function redeemedToken(entry, bindingHash, nowMs, equal) {
	if (!entry || typeof entry.token !== 'string' || typeof entry.binding !== 'string') return null;
	if (!(Number(entry.until) > nowMs) || !bindingHash) return null;
	return equal(entry.binding, bindingHash) ? entry.token : null;
}

const keyOf = (code) => KEY_PREFIX + $security.sha256(code);

/** Forgets the entries nobody came for (at most a minute old each). */
function dropStale(store, nowMs) {
	for (const key of store.keys()) {
		if (!String(key).startsWith(KEY_PREFIX)) continue;
		const entry = store.get(key);
		if (!entry || !(Number(entry.until) > nowMs)) store.remove(key);
	}
}

/** Holds `token` for a minute: the code for the fragment and the secret for the cookie. */
function holdToken(app, token) {
	const store = app.store();
	dropStale(store, Date.now());
	const code = $security.randomString(43);
	const binding = $security.randomString(43);
	store.set(keyOf(code), {
		token,
		binding: $security.sha256(binding),
		until: Date.now() + HANDOFF_TTL_SECONDS * 1000
	});
	return { code, binding };
}

/** Takes the token held under `code` for this browser's `binding`, or null; the code is spent either way. */
function takeToken(app, code, binding) {
	if (typeof code !== 'string' || !CODE_PATTERN.test(code)) return null;
	const store = app.store();
	const key = keyOf(code);
	let entry = null;
	// Read and emptied under the store's lock: two requests racing with one code cannot both have it.
	store.setFunc(key, (old) => {
		entry = old;
		return null;
	});
	store.remove(key);
	const bindingHash = binding ? $security.sha256(binding) : '';
	return redeemedToken(entry, bindingHash, Date.now(), (a, b) => $security.equal(a, b));
}

module.exports = { HANDOFF_COOKIE, HANDOFF_TTL_SECONDS, redeemedToken, holdToken, takeToken };
