import { describe, expect, it } from 'vitest';
import { complaint, suggestion, survey } from '$lib/test/fake-server';
import { ingestItemSchema, ingestResponseSchema, routeOf } from './submission';

describe('submission items', () => {
	it('routes surveys to the ingest route, complaints and suggestions to the complaints route', () => {
		expect(routeOf('survey_response')).toBe('ingest');
		expect(routeOf('complaint')).toBe('complaints');
		expect(routeOf('suggestion')).toBe('complaints');
	});

	it('checks the data against its type', () => {
		const id = 'abcdefghij12345';
		expect(ingestItemSchema.safeParse({ id, type: 'complaint', data: complaint() }).success).toBe(true);
		expect(ingestItemSchema.safeParse({ id, type: 'suggestion', data: suggestion() }).success).toBe(true);
		expect(ingestItemSchema.safeParse({ id, type: 'complaint', data: survey() }).success).toBe(false);
		expect(ingestItemSchema.safeParse({ id, type: 'survey_response', data: suggestion() }).success).toBe(
			false
		);
	});

	it('reads receipts from the server’s answer, and answers without one', () => {
		const receipt = {
			reference: '2026-R-000123',
			kind: 'complaint',
			received_at: '2026-11-23T09:00:00.000Z',
			deadline_at: '2026-12-14T22:59:59.999Z',
			ack: 'not_configured'
		};
		const parsed = ingestResponseSchema.parse({
			results: [
				{ id: 'a', status: 'created', receipt },
				{ id: 'b', status: 'duplicate' },
				{ id: 'c', status: 'rejected', errors: { subject: 'too_short' } }
			]
		});
		expect(parsed.results[0]).toEqual({ id: 'a', status: 'created', receipt });
		expect(
			ingestResponseSchema.safeParse({
				results: [{ id: 'a', status: 'created', receipt: { ...receipt, reference: 'R-1' } }]
			}).success
		).toBe(false);
	});
});
