// Building the sign-in's requests without the URL class, Buffer or btoa, which the hooks' engine lacks.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** `a=1&b=2`, each name and value percent-encoded (application/x-www-form-urlencoded bodies too). */
function formBody(params) {
	return Object.entries(params)
		.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
		.join('&');
}

/** `url` with `params` added to its query (it may already have one). */
function withQuery(url, params) {
	const [base, fragment] = url.split('#', 2);
	const joined = `${base}${base.includes('?') ? '&' : '?'}${formBody(params)}`;
	return fragment === undefined ? joined : `${joined}#${fragment}`;
}

/** Base64 of a list of bytes; `url`: the URL-safe alphabet without padding (RFC 4648 §5). */
function base64(bytes, url = false) {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = [18, 12, 6, 0].map((shift) => BASE64[(n >> shift) & 63]);
		const kept = Math.min(4, bytes.length - i + 1);
		out += chars.slice(0, kept).join('') + (url ? '' : '='.repeat(4 - kept));
	}
	return url ? out.replace(/\+/g, '-').replace(/\//g, '_') : out;
}

/** The PKCE S256 code challenge (RFC 7636 §4.2) from the verifier's SHA-256 in hex ($security.sha256). */
function s256Challenge(sha256Hex) {
	const bytes = [];
	for (let i = 0; i < sha256Hex.length; i += 2) bytes.push(parseInt(sha256Hex.slice(i, i + 2), 16));
	return base64(bytes, true);
}

/** The HTTP Basic credentials of a client (RFC 6749 §2.3.1: each part form-encoded first, hence ASCII). */
function basicCredentials(clientId, clientSecret) {
	const pair = `${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`;
	return `Basic ${base64(Array.from(pair, (c) => c.charCodeAt(0)))}`;
}

module.exports = { formBody, withQuery, base64, s256Challenge, basicCredentials };
