// How the built app's files are served (04_static.pb.js does it): the brotli or gzip copy made at build time
// (scripts/lib/compress.js) when the browser accepts it, with `Vary: Accept-Encoding`; hashed files
// (/_app/immutable/) cached for a year, never revalidated; everything else (the page, the service worker,
// the manifest, icons) revalidated on every use, so that a new version is seen at once. Pure: the hook
// passes what the file system says.

const IMMUTABLE_PREFIX = '_app/immutable/';
/**
 * The single-page app's shell, for every route that has no page of its own (the back office, the kiosk, a
 * publication). The public pages have their own file (`avis.html`, `index.html` for the home page), made at
 * build time with the same shell and the names of the page's code in its head.
 */
const SPA_PAGE = '200.html';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * Content types of the files that have compressed copies (the others keep PocketBase's own guess).
 * @type {Record<string, string>}
 */
const TYPES = {
	js: 'text/javascript; charset=utf-8',
	mjs: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	html: 'text/html; charset=utf-8',
	json: 'application/json',
	svg: 'image/svg+xml',
	webmanifest: 'application/manifest+json',
	txt: 'text/plain; charset=utf-8',
	xml: 'application/xml'
};

/** The encodings made at build time, best first, with the file suffix of each. */
const ENCODINGS = [
	{ name: 'br', suffix: '.br' },
	{ name: 'gzip', suffix: '.gz' }
];

/**
 * The content codings an Accept-Encoding header accepts (q=0 refuses one; `*` stands for the others).
 * @param {string | null | undefined} header
 * @returns {Set<string>}
 */
function acceptedEncodings(header) {
	const accepted = new Set();
	const refused = new Set();
	for (const part of String(header || '').split(',')) {
		const [token, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
		if (!token) continue;
		const q = params.find((p) => p.startsWith('q='));
		const weight = q === undefined ? 1 : Number(q.slice(2));
		if (weight > 0) accepted.add(token);
		else refused.add(token);
	}
	if (accepted.has('*')) {
		for (const { name } of ENCODINGS) if (!refused.has(name)) accepted.add(name);
	}
	return accepted;
}

/**
 * The file a URL path names inside the public folder ('' for the folder itself), or null when it escapes.
 * @param {string} urlPath
 * @returns {string | null}
 */
function relativePath(urlPath) {
	const parts = [];
	for (const part of String(urlPath).split('/')) {
		if (part === '' || part === '.') continue;
		if (part === '..' || part.includes('\\') || part.includes('\0')) return null;
		parts.push(part);
	}
	return parts.join('/');
}

/** @param {string} file */
function extension(file) {
	const name = file.slice(file.lastIndexOf('/') + 1);
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * What to answer for a GET or HEAD of `urlPath`, or null to leave it to PocketBase (its API, its dashboard,
 * and the redirects of its static handler: a folder without its slash, a file with one, `/index.html`).
 * A route is answered with its own page (`/avis` and `/avis/`: `avis.html`) when the build made one, else
 * with the app's shell.
 * `kindOf(rel)` says what the public folder holds at `rel`: 'file', 'dir' or null.
 * Returns { status: 404 } for a hashed file that does not exist (never the page in its place: it would be
 * cached for a year under the file's name), else { file, encoding, headers }.
 * @param {string} urlPath
 * @param {string | null | undefined} acceptEncoding
 * @param {(rel: string) => 'file' | 'dir' | null} kindOf
 * @returns {null | { status: 404 } | { file: string, encoding: string, headers: Record<string, string> }}
 */
function plan(urlPath, acceptEncoding, kindOf) {
	const path = String(urlPath);
	if (path === '/api' || path.startsWith('/api/') || path === '/_' || path.startsWith('/_/')) return null;
	const rel = relativePath(path);
	if (rel === null) return null;
	let file;
	const kind = kindOf(rel);
	if (kind === 'file') {
		if (path.endsWith('/') || rel === 'index.html' || rel.endsWith('/index.html')) return null;
		file = rel;
	} else if (rel !== '' && kindOf(`${rel}.html`) === 'file') {
		// Also when a folder has the route's name (connexion.html beside connexion/ and its sub-pages).
		file = `${rel}.html`;
	} else if (kind === 'dir') {
		if (!path.endsWith('/')) return null;
		file = rel === '' ? 'index.html' : SPA_PAGE;
	} else if (rel.startsWith(IMMUTABLE_PREFIX)) {
		return { status: 404 };
	} else {
		// The single-page app's routes: its shell answers every path it does not hold a file for.
		file = SPA_PAGE;
	}
	/** @type {Record<string, string>} */
	const headers = { 'Cache-Control': file.startsWith(IMMUTABLE_PREFIX) ? IMMUTABLE : REVALIDATE };
	const type = TYPES[extension(file)];
	if (!type) return { file, encoding: '', headers };
	headers['Content-Type'] = type;
	const accepted = acceptedEncodings(acceptEncoding);
	const available = ENCODINGS.filter(({ suffix }) => kindOf(file + suffix) === 'file');
	if (available.length > 0) headers.Vary = 'Accept-Encoding';
	const chosen = available.find(({ name }) => accepted.has(name));
	if (!chosen) return { file, encoding: '', headers };
	headers['Content-Encoding'] = chosen.name;
	return { file: file + chosen.suffix, encoding: chosen.name, headers };
}

module.exports = { plan, acceptedEncodings, relativePath, IMMUTABLE, REVALIDATE, SPA_PAGE };
