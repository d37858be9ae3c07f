// Behind a reverse proxy every request reaches PocketBase from the proxy's address, so its per-address rate
// limits would count the whole public as one visitor. PocketBase's `trustedProxy` settings name the header
// the proxy writes the visitor's address into; these functions set them from the environment at every start:
//   TRUSTED_PROXY_HEADERS   comma-separated header names, e.g. "X-Real-IP"; "none" clears them;
//                           unset keeps what the database has (the dashboard's Settings → Application)
//   TRUSTED_PROXY_LEFTMOST  "true" to take the leftmost address of a list header (X-Forwarded-For);
//                           default "false", the rightmost, i.e. the one the nearest proxy added
// PocketBase believes these headers whoever sends them (core.RequestEvent.RealIP checks no source address):
// it must be reachable only through the proxy, and the proxy must overwrite the header, never append to it.

/** RFC 9110 §5.1: a field name is a token. */
const FIELD_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Parses TRUSTED_PROXY_HEADERS and TRUSTED_PROXY_LEFTMOST. Null when TRUSTED_PROXY_HEADERS is unset (the
 * database's settings stay as they are). Throws on a value that is not what it should be.
 * @param {(name: string) => string} getenv
 * @returns {{ headers: string[], useLeftmostIP: boolean } | null}
 */
function trustedProxyFromEnv(getenv) {
	const raw = String(getenv('TRUSTED_PROXY_HEADERS') || '').trim();
	const leftmostRaw = String(getenv('TRUSTED_PROXY_LEFTMOST') || '')
		.trim()
		.toLowerCase();
	if (leftmostRaw !== '' && leftmostRaw !== 'true' && leftmostRaw !== 'false')
		throw new Error(`TRUSTED_PROXY_LEFTMOST must be "true" or "false", not "${leftmostRaw}"`);
	const useLeftmostIP = leftmostRaw === 'true';
	if (raw === '') {
		if (leftmostRaw !== '') throw new Error('TRUSTED_PROXY_LEFTMOST is set but TRUSTED_PROXY_HEADERS is not');
		return null;
	}
	if (raw.toLowerCase() === 'none') return { headers: [], useLeftmostIP: false };
	const headers = raw.split(',').map((name) => name.trim());
	const seen = [];
	for (const name of headers) {
		if (!FIELD_NAME.test(name))
			throw new Error(
				`TRUSTED_PROXY_HEADERS must be header names separated by commas (e.g. "X-Real-IP"), not "${raw}"`
			);
		if (seen.includes(name.toLowerCase())) throw new Error(`TRUSTED_PROXY_HEADERS names ${name} twice`);
		seen.push(name.toLowerCase());
	}
	return { headers, useLeftmostIP };
}

/** Same names in the same order (a Go slice from the settings reads like an array). */
function sameList(current, wanted) {
	const length = current ? current.length : 0;
	if (length !== wanted.length) return false;
	for (let i = 0; i < length; i++) if (current[i] !== wanted[i]) return false;
	return true;
}

/**
 * Writes the environment's trusted-proxy settings into the app's settings when they differ.
 * @returns {boolean} whether the settings were saved
 */
function applyTrustedProxy(app, getenv) {
	const wanted = trustedProxyFromEnv(getenv);
	if (!wanted) return false;
	const settings = app.settings();
	const current = settings.trustedProxy;
	if (sameList(current.headers, wanted.headers) && current.useLeftmostIP === wanted.useLeftmostIP)
		return false;
	current.headers = wanted.headers;
	current.useLeftmostIP = wanted.useLeftmostIP;
	app.save(settings);
	return true;
}

module.exports = { trustedProxyFromEnv, applyTrustedProxy };
