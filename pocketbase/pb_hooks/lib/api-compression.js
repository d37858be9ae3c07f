// Which answers of the API are gzipped on the fly (04_gzip.pb.js): those to GET, lists and records, JSON that
// shrinks to a fifth. Answers to POST and PATCH are not: they carry tokens (sign-in, enrolment codes,
// tracking links) beside text a visitor wrote, which compression would let a network observer guess
// (BREACH). Nor the GET answers that hold a secret (the single sign-on's steps, a kiosk's PIN hash): a new
// GET route with a secret in its answer must be listed here. Nor what is streamed (realtime events must
// reach the browser as they happen), nor files and backups (often compressed already, and served with
// ranges). The app's own files are compressed at build time (static-files.js).

const NOT_COMPRESSED = [
	'/api/realtime',
	'/api/files/',
	'/api/backups',
	'/api/qep/oidc',
	'/api/qep/kiosk/config'
];

/** True when the answer to `method path` is compressed. */
function compressible(method, path) {
	if (method !== 'GET') return false;
	const p = String(path);
	if (!p.startsWith('/api/')) return false;
	return !NOT_COMPRESSED.some((prefix) => p === prefix || p.startsWith(prefix));
}

module.exports = { compressible };
