import { describe, expect, it } from 'vitest';
import { compressible } from './api-compression.js';

describe('compressible', () => {
	it('compresses the JSON the API answers to GET', () => {
		for (const path of [
			'/api/collections/complaints/records',
			'/api/collections/complaints/records/abc',
			'/api/health',
			'/api/qep/indicators'
		]) {
			expect(compressible('GET', path), path).toBe(true);
		}
	});

	it('leaves the realtime stream, files, backups and the answers with a secret as they are', () => {
		for (const path of [
			'/api/realtime',
			'/api/files/complaints/abc/scan.pdf',
			'/api/files/token',
			'/api/backups',
			'/api/backups/pb_backup.zip',
			'/api/qep/oidc/callback',
			// The kiosk's PIN hash.
			'/api/qep/kiosk/config'
		]) {
			expect(compressible('GET', path), path).toBe(false);
		}
	});

	it('leaves what is not the API to the files compressed at build time', () => {
		for (const path of ['/', '/borne', '/_app/immutable/chunks/a.js', '/_/', '/api', '/apiary/x']) {
			expect(compressible('GET', path), path).toBe(false);
		}
	});

	it('never compresses answers to other methods, which may carry tokens beside a visitor’s text', () => {
		for (const method of ['POST', 'PATCH', 'PUT', 'HEAD', 'DELETE', 'OPTIONS', 'get', '']) {
			expect(compressible(method, '/api/collections/complaints/records'), method).toBe(false);
		}
	});
});
