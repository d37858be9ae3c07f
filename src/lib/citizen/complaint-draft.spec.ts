import { describe, expect, it } from 'vitest';
import { complaintSubmissionSchema } from '$lib/domain/complaint-submission';
import { complaint } from '$lib/test/fake-server';
import { ComplaintDraft } from './complaint-draft.svelte';

const context = {
	channel: 'web' as const,
	language: 'en' as const,
	trackingToken: 'B'.repeat(43),
	now: new Date('2026-11-23T09:15:00.000Z')
};

describe('ComplaintDraft', () => {
	it('makes a valid submission from what was typed, with the device’s token and clock', () => {
		const draft = new ComplaintDraft({ site: 'site00000000001' });
		draft.kind = 'information';
		draft.subject = ' Horaires ';
		draft.description = 'Quels sont vos horaires le samedi ?';
		draft.contact_name = 'Camille';
		draft.contact_email = ' camille@example.fr ';
		const submission = draft.toSubmission(context);
		expect(submission).toMatchObject({
			kind: 'information',
			channel: 'web',
			site: 'site00000000001',
			language: 'en',
			tracking_token: 'B'.repeat(43),
			submitted_at: '2026-11-23T09:15:00.000Z',
			contact_email: 'camille@example.fr',
			nickname: ''
		});
		expect(complaintSubmissionSchema.parse(submission).subject).toBe('Horaires');
	});

	it('empties for another request, everything but the chosen site and reception point', () => {
		const draft = new ComplaintDraft({ site: 'site00000000001', reception_point: 'point0000000001' });
		draft.restore({ ...complaint(), site: 'site00000000001', reception_point: 'point0000000001' });
		draft.files = [new File(['%PDF'], 'a.pdf', { type: 'application/pdf' })];
		draft.clear();
		const { site, reception_point, ...rest } = draft.toSubmission(context);
		expect({ site, reception_point }).toEqual({
			site: 'site00000000001',
			reception_point: 'point0000000001'
		});
		for (const field of [
			'kind',
			'subject',
			'description',
			'contact_name',
			'contact_email',
			'contact_address'
		])
			expect(rest[field as keyof typeof rest], field).toBe('');
		expect(draft.files).toEqual([]);
	});

	it('an empty form is refused by the schema', () => {
		expect(complaintSubmissionSchema.safeParse(new ComplaintDraft().toSubmission(context)).success).toBe(
			false
		);
	});

	it('restores a refused submission into the form', () => {
		const draft = new ComplaintDraft();
		const data = complaint({ subject: 'Rendez-vous', contact_phone: '0387000000' });
		draft.restore(data);
		expect(
			draft.toSubmission({
				...context,
				trackingToken: data.tracking_token,
				language: 'fr',
				now: new Date(data.submitted_at)
			})
		).toEqual(data);
	});

	it('keeps chosen files with their name, type and size', () => {
		const draft = new ComplaintDraft();
		const file = new File(['%PDF'], 'lettre.pdf', { type: 'application/pdf' });
		draft.files = [file];
		expect(draft.storedFiles()).toEqual([
			{ name: 'lettre.pdf', type: 'application/pdf', size: 4, blob: file }
		]);
	});
});
