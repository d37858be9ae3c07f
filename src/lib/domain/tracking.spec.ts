import { describe, expect, it } from 'vitest';
import { trackedComplaintSchema, trackingQuerySchema } from './tracking';

describe('tracking', () => {
	it('reads the server’s answer, with empty answer fields before the answer', () => {
		const parsed = trackedComplaintSchema.parse({
			reference: '2026-R-000001',
			kind: 'complaint',
			status: 'received',
			subject: 'Attente',
			description: '<script>alert(1)</script>',
			service: '',
			site: {
				name: 'Metz',
				contact_email: 'metz@example.fr',
				contact_address: '',
				time_zone: 'Europe/Paris'
			},
			received_at: '2026-11-23 09:00:00.000Z',
			deadline_at: '2026-12-14 22:59:59.999Z'
		});
		expect(parsed.answer).toBe('');
		expect(parsed.description).toBe('<script>alert(1)</script>');
	});

	it('checks the reference and the e-mail before asking', () => {
		expect(trackingQuerySchema.parse({ reference: ' 2026-r-000123 ', email: 'a@b.fr' }).reference).toBe(
			'2026-R-000123'
		);
		expect(trackingQuerySchema.safeParse({ reference: '2026-X-1', email: 'a@b.fr' }).success).toBe(false);
		// Copied from an Arabic page, with the marks that keep it left to right.
		expect(
			trackingQuerySchema.parse({ reference: '\u20662026-R-000123\u2069', email: '\u200ea@b.fr\u200e' })
		).toEqual({ reference: '2026-R-000123', email: 'a@b.fr' });
		expect(trackingQuerySchema.safeParse({ reference: '2026-R-000123', email: 'a@' }).success).toBe(false);
	});
});
