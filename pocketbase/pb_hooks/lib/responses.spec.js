import { describe, expect, it } from 'vitest';
import { badRequest, kioskRevoked } from './responses.js';

/** A route event that keeps what the handler answered. */
const event = () => ({ json: (status, body) => ({ status, body }) });

describe('badRequest', () => {
	it('answers 400 in PocketBase’s error shape, one code per field', () => {
		expect(badRequest(event(), 'Check the form.', { text: 'required', site: 'invalid' })).toEqual({
			status: 400,
			body: {
				status: 400,
				message: 'Check the form.',
				data: {
					text: { code: 'required', message: 'Check the form.' },
					site: { code: 'invalid', message: 'Check the form.' }
				}
			}
		});
	});
});

describe('kioskRevoked', () => {
	it('answers 403 with the code the kiosks look for', () => {
		expect(kioskRevoked(event())).toEqual({
			status: 403,
			body: { status: 403, code: 'kiosk_revoked', message: 'This kiosk was revoked.', data: {} }
		});
	});
});
