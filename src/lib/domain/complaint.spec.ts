import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ATTACHMENTS, complaintEventSchema, complaintSchema } from './complaint';

const complaint = {
	kind: 'complaint',
	channel: 'web',
	site: 'abcdefghij12345',
	subject: 'Attente',
	description: 'J’ai attendu deux heures.',
	contact_name: 'Camille Martin'
};

describe('complaintSchema', () => {
	it('holds at most three attachments, and tells the contract test their limits', () => {
		expect(
			complaintSchema.safeParse({ ...complaint, attachments: ['a.pdf', 'b.pdf', 'c.pdf'] }).success
		).toBe(true);
		expect(complaintSchema.safeParse({ ...complaint, attachments: ['a', 'b', 'c', 'd'] }).success).toBe(
			false
		);
		expect(z.globalRegistry.get(complaintSchema.shape.attachments._zod.def.innerType)).toEqual({
			pb: 'file',
			maxSize: ATTACHMENTS.maxBytes,
			mimeTypes: [...ATTACHMENTS.mimeTypes]
		});
	});

	it('counts paused days in whole days, up to ten years', () => {
		expect(complaintSchema.safeParse({ ...complaint, paused_days: 3650 }).success).toBe(true);
		expect(complaintSchema.safeParse({ ...complaint, paused_days: 3651 }).success).toBe(false);
		expect(complaintSchema.safeParse({ ...complaint, paused_days: 1.5 }).success).toBe(false);
		expect(complaintSchema.safeParse({ ...complaint, hold_until: '2027-01-01' }).success).toBe(true);
		expect(complaintSchema.safeParse({ ...complaint, hold_until: '01/01/2027' }).success).toBe(false);
	});
});

describe('complaintEventSchema', () => {
	it('keeps its data as a PocketBase json field', () => {
		const event = { complaint: complaint.site, type: 'note', data: { text: 'Rappelé' } };
		expect(complaintEventSchema.parse(event)).toEqual(event);
		expect(z.globalRegistry.get(complaintEventSchema.shape.data._zod.def.innerType)).toEqual({ pb: 'json' });
	});
});
