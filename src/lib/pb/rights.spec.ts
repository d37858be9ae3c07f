// The answers of the rights routes, as the contract (rights-contract) writes them, parse; others do not.
import { describe, expect, it } from 'vitest';
import { rightsExportSchema, rightsSchema } from './rights';

const complaint = {
	id: 'abcdefghijklmno',
	reference: '2026-R-000123',
	kind: 'complaint',
	channel: 'web',
	status: 'answered',
	site: { id: 'site00000000001', name: 'Préfecture de la Moselle (Metz)' },
	service: '',
	subject: 'Dossier perdu',
	description: 'Mon dossier semble perdu.',
	contact_name: 'Camille Durand',
	contact_email: 'camille@example.org',
	contact_phone: '',
	contact_address: '',
	received_at: '2026-12-01T09:00:00.000Z',
	deadline_at: '2026-12-22T22:59:59.999Z',
	answered_at: '2026-12-03T10:00:00.000Z',
	answer: 'Retrouvé.',
	anonymised_at: '',
	hold_until: '',
	hold_reason: '',
	erasure_requested_at: '',
	attachments: [{ name: 'ticket_ab12cd34ef.png', size: 70 }],
	trail: [{ type: 'received', at: '2026-12-01T09:00:00.000Z', actor: '', data: { channel: 'web' } }]
};
const suggestion = {
	id: 'zyxwvutsrqponml',
	site: { id: 'site00000000001', name: 'Metz' },
	channel: 'web',
	day: '2026-12-02',
	text: 'Plus de chaises.',
	email: 'camille@example.org',
	status: '',
	anonymised_at: ''
};
const answer = {
	query: { email: 'camille@example.org' },
	generatedAt: '2026-12-05T10:00:00.000Z',
	complaints: [complaint],
	suggestions: [suggestion]
};

describe('the rights answers', () => {
	it('parse as the contract writes them, by e-mail or by reference', () => {
		expect(rightsSchema.parse(answer)).toEqual(answer);
		const byReference = { ...answer, query: { reference: '2026-R-000123' }, suggestions: [] };
		expect(rightsSchema.parse(byReference)).toEqual(byReference);
	});

	it('carry each attachment’s type and bytes in the export', () => {
		const file = { name: 'ticket_ab12cd34ef.png', size: 70, type: 'image/png', content: 'iVBORw0K' };
		const exported = { ...answer, complaints: [{ ...complaint, attachments: [file] }] };
		expect(rightsExportSchema.parse(exported).complaints[0]!.attachments).toEqual([file]);
		expect(rightsExportSchema.safeParse(answer).success).toBe(false);
	});

	it('refuse what the contract does not say', () => {
		const broken = [
			{ ...answer, query: { email: 'a@b.fr', reference: '2026-R-000123' } },
			{ ...answer, query: {} },
			{ ...answer, complaints: [{ ...complaint, status: 'lost' }] },
			{ ...answer, complaints: [{ ...complaint, erasure_requested_at: undefined }] },
			{ ...answer, complaints: [{ ...complaint, attachments: [{ name: 'x', size: -1 }] }] },
			{ ...answer, suggestions: [{ ...suggestion, anonymised_at: null }] },
			{ ...answer, generatedAt: undefined }
		];
		for (const value of broken)
			expect(rightsSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
	});
});
