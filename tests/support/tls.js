// A self-signed certificate for 127.0.0.1, made with openssl at run time, and what a client needs to trust
// that one certificate and no other. Used by the proxy's end-to-end test and by `npm run bench:web`.
import { execFile } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * `pem`: the certificate, as the `ca` of a Node TLS client. `spki`: base64 SHA-256 of its
 * SubjectPublicKeyInfo, for Chromium's --ignore-certificate-errors-spki-list.
 * @typedef {{ certFile: string, keyFile: string, pem: string, spki: string }} SelfSigned
 */

/**
 * Writes cert.pem and key.pem (P-256, valid one day, for IP 127.0.0.1 and localhost) into `dir`.
 * @param {string} dir
 * @returns {Promise<SelfSigned>}
 */
export async function selfSignedCertificate(dir) {
	const certFile = path.join(dir, 'cert.pem');
	const keyFile = path.join(dir, 'key.pem');
	await promisify(execFile)('openssl', [
		'req',
		'-x509',
		'-newkey',
		'ec',
		'-pkeyopt',
		'ec_paramgen_curve:prime256v1',
		'-nodes',
		'-days',
		'1',
		'-subj',
		'/CN=127.0.0.1',
		'-addext',
		'subjectAltName=IP:127.0.0.1,DNS:localhost',
		'-keyout',
		keyFile,
		'-out',
		certFile
	]);
	const pem = await readFile(certFile, 'utf8');
	const spkiDer = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
	return { certFile, keyFile, pem, spki: createHash('sha256').update(spkiDer).digest('base64') };
}
