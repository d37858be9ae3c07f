// The headers every response of the served app carries: a Content-Security-Policy that the SPA, its service
// worker and the DSFR work under without any inline script but the built index.html's own (SvelteKit's
// start-up script and the light/dark theme one of src/app.html, each allowed by its hash, read from the page), and what keeps the pages out of frames, the address out of
// other sites' logs and the device's sensors out of reach. Pure: 03_headers.pb.js reads the page and sets
// the headers.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of the bytes a hexadecimal string spells (the hooks' engine has no Buffer nor btoa). */
function hexToBase64(hex) {
	const bytes = [];
	for (let i = 0; i + 1 < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]];
		const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
		out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
		out += b === undefined ? '=' : BASE64[(n >> 6) & 63];
		out += c === undefined ? '=' : BASE64[n & 63];
	}
	return out;
}

/** The text of every inline `<script>` of a page (those without a `src`). */
function inlineScripts(html) {
	const found = [];
	const re = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
	let match;
	while ((match = re.exec(html)) !== null) {
		if (!/\ssrc\s*=/i.test(match[1] || '')) found.push(match[2]);
	}
	return found;
}

/**
 * The Content-Security-Policy of the app.
 * @param {string[]} scriptHashes `sha256-…` sources of the inline scripts the built page needs
 */
function contentSecurityPolicy(scriptHashes) {
	return [
		"default-src 'self'",
		["script-src 'self'", ...scriptHashes.map((h) => `'${h}'`)].join(' '),
		// Svelte's transitions and the DSFR set style attributes; styles cannot run code.
		"style-src 'self' 'unsafe-inline'",
		// QR codes and exports are drawn as data: and blob: URLs.
		"img-src 'self' data: blob:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'"
	].join('; ');
}

/** The kiosk keeps its screen awake and goes full screen; nothing else is needed of the device. */
const PERMISSIONS_POLICY = [
	'screen-wake-lock=(self)',
	'fullscreen=(self)',
	'camera=()',
	'microphone=()',
	'geolocation=()',
	'payment=()',
	'usb=()',
	'serial=()',
	'midi=()',
	'display-capture=()',
	'browsing-topics=()'
].join(', ');

/** Uploaded files (complaints' attachments) are shown alone, sandboxed, with no script: PocketBase's own policy for them. */
const FILES_POLICY = "default-src 'none'; media-src 'self'; style-src 'unsafe-inline'; sandbox";

/**
 * Every security header, by name.
 * @param {{ scriptHashes: string[], https: boolean, area: 'app' | 'asset' | 'picture' | 'files' | 'dashboard' }} options
 *   `https`: the app's public address is HTTPS (HSTS is meaningless otherwise); `area`: the app and its API,
 *   one of the app's hashed scripts, styles, fonts or images (/_app/immutable/), one of its hashed SVG
 *   pictures, an uploaded file (/api/files/), or PocketBase's own dashboard (/_/), which needs its own
 *   scripts and keeps PocketBase's policy.
 */
function securityHeaders({ scriptHashes, https, area }) {
	/** @type {Record<string, string>} */
	const headers = {
		'X-Content-Type-Options': 'nosniff',
		'Cross-Origin-Resource-Policy': 'same-origin'
	};
	if (https) headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains';
	// A script, style sheet, font or picture is never a document: the policies of documents would only weigh
	// on each of the dozens a page loads (on a weak network, in HTTP/1.1, half a kilobyte each).
	if (area === 'asset') return headers;
	// An SVG picture opened alone is a document that could run scripts: sandboxed without any, as an uploaded
	// file, in a policy a fifth as long as the app's (a page draws a dozen icons; nginx repeats every
	// header of every response in full over HTTP/2).
	if (area === 'picture') return { ...headers, 'Content-Security-Policy': FILES_POLICY };
	headers['Referrer-Policy'] = 'no-referrer';
	headers['Permissions-Policy'] = PERMISSIONS_POLICY;
	headers['X-Frame-Options'] = 'DENY';
	// No window of another origin keeps a handle on the app's (the single sign-on is a full-page redirect,
	// no pop-up); PocketBase's dashboard keeps pop-ups for its own OAuth2 sign-in of superusers.
	headers['Cross-Origin-Opener-Policy'] = area === 'dashboard' ? 'same-origin-allow-popups' : 'same-origin';
	if (area === 'app') headers['Content-Security-Policy'] = contentSecurityPolicy(scriptHashes);
	if (area === 'files') headers['Content-Security-Policy'] = FILES_POLICY;
	return headers;
}

/** What only a document uses, taken off assets even when PocketBase set it by default. */
const DOCUMENT_ONLY = [
	'Content-Security-Policy',
	'Permissions-Policy',
	'Referrer-Policy',
	'X-Frame-Options',
	'X-Xss-Protection',
	'Cross-Origin-Opener-Policy'
];

/**
 * Which policy a path falls under. The hashed files are assets, but for the workers' scripts (a worker runs
 * under its script's policy) and pictures in SVG (which a browser opened alone would run as a document).
 */
function areaOf(path) {
	if (path === '/_' || path.startsWith('/_/')) return 'dashboard';
	if (path.startsWith('/api/files/')) return 'files';
	if (path.startsWith('/_app/immutable/') && !path.startsWith('/_app/immutable/workers/')) {
		return path.toLowerCase().endsWith('.svg') ? 'picture' : 'asset';
	}
	return 'app';
}

module.exports = {
	hexToBase64,
	inlineScripts,
	contentSecurityPolicy,
	securityHeaders,
	areaOf,
	DOCUMENT_ONLY,
	FILES_POLICY,
	PERMISSIONS_POLICY
};
