import { describe, expect, it } from 'vitest';
import { parseTrackQuery, readTrackQuery, sameEmail, trackView } from './tracking.js';

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123-_7';

describe('parseTrackQuery', () => {
	it('reads a reference and an address copied from an Arabic page, without their direction marks', () => {
		expect(parseTrackQuery({ reference: '\u20662026-R-000123\u2069', email: '\u200ea@b.fr\u200e ' })).toEqual(
			{
				reference: '2026-R-000123',
				email: 'a@b.fr'
			}
		);
	});

	it('reads a token, or a reference with an e-mail', () => {
		expect(parseTrackQuery({ token: TOKEN })).toEqual({ token: TOKEN });
		expect(parseTrackQuery({ reference: ' 2026-R-000001 ', email: 'a@b.fr' })).toEqual({
			reference: '2026-R-000001',
			email: 'a@b.fr'
		});
	});

	it('is null for anything malformed', () => {
		for (const body of [
			null,
			'text',
			{},
			{ token: 'short' },
			{ token: TOKEN.slice(1) + '!' },
			{ reference: '2026-X-000001', email: 'a@b.fr' },
			{ reference: '2026-R-000001' },
			{ reference: '2026-R-000001', email: '  ' },
			{ reference: '2026-R-000001', email: 'x'.repeat(255) }
		]) {
			expect(parseTrackQuery(body), JSON.stringify(body)).toBeNull();
		}
	});
});

describe('readTrackQuery', () => {
	it('names the malformed field with its code', () => {
		expect(readTrackQuery('text')).toEqual({ errors: { body: 'invalid' } });
		expect(readTrackQuery([TOKEN])).toEqual({ errors: { body: 'invalid' } });
		expect(readTrackQuery({ token: ['x'] })).toEqual({ errors: { token: 'invalid' } });
		expect(readTrackQuery({})).toEqual({ errors: { reference: 'required', email: 'required' } });
		expect(readTrackQuery({ reference: { a: 1 }, email: 'a\ud800@b.fr' })).toEqual({
			errors: { reference: 'invalid', email: 'invalid' }
		});
		expect(readTrackQuery({ reference: '2026-R-000001', email: 'x'.repeat(255) })).toEqual({
			errors: { email: 'too_long' }
		});
	});
});

describe('sameEmail', () => {
	it('ignores case and surrounding spaces, and never matches a complaint without e-mail', () => {
		expect(sameEmail(' Camille@Example.org', 'camille@example.org')).toBe(true);
		expect(sameEmail('other@example.org', 'camille@example.org')).toBe(false);
		expect(sameEmail('', '')).toBe(false);
	});
});

describe('trackView', () => {
	it('shows the complaint’s progress and the service, nothing of the contact or the token', () => {
		const view = trackView(
			{
				reference: '2026-R-000001',
				kind: 'complaint',
				status: 'received',
				subject: 'S',
				description: 'D',
				service: '',
				received_at: '2026-11-22T10:00:00.000Z',
				deadline_at: '2026-12-14T22:59:59.999Z',
				answer: '',
				answered_at: '',
				contact_email: 'camille@example.org',
				tracking_token_hash: 'f'.repeat(64)
			},
			{
				name: 'Préfecture',
				contact_email: 'p@gouv.fr',
				contact_address: 'Metz',
				time_zone: 'Europe/Paris',
				closures: '[]'
			}
		);
		expect(view.site).toEqual({
			name: 'Préfecture',
			contact_email: 'p@gouv.fr',
			contact_address: 'Metz',
			time_zone: 'Europe/Paris'
		});
		expect(JSON.stringify(view)).not.toMatch(/camille|ffff/);
		expect(view.deadline_at).toBe('2026-12-14T22:59:59.999Z');
	});
});
