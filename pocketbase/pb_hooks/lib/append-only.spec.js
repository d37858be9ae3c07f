import { describe, expect, it } from 'vitest';
import { changedSealedFields, COMPLAINT_WORKFLOW_FIELDS, SEALED } from './append-only.js';

describe('changedSealedFields', () => {
	const fields = ['subject', 'description', 'contact_email', 'status', 'answer', 'deadline_at', 'updated'];
	const before = {
		subject: 'Attente',
		description: 'Deux heures',
		contact_email: 'a@b.fr',
		status: 'received',
		answer: '',
		deadline_at: '2026-12-01',
		updated: 'x'
	};

	it('lets the workflow change its own fields', () => {
		const after = {
			...before,
			status: 'answered',
			answer: 'Réponse',
			deadline_at: '2026-12-08',
			updated: 'y'
		};
		expect(
			changedSealedFields(
				fields,
				(n) => before[n],
				(n) => after[n]
			)
		).toEqual([]);
	});

	it('names every sealed field that would change', () => {
		const after = { ...before, description: 'Réécrite', contact_email: 'c@d.fr', status: 'closed' };
		expect(
			changedSealedFields(
				fields,
				(n) => before[n],
				(n) => after[n]
			)
		).toEqual(['description', 'contact_email']);
	});

	it('seals the visitors’ words and the figures made from them, and keeps the citizen’s text out of the workflow', () => {
		expect(SEALED).toEqual(
			expect.arrayContaining(['survey_responses', 'survey_answers', 'answer_counts', 'suggestions'])
		);
		for (const field of [
			'subject',
			'description',
			'contact_name',
			'contact_email',
			'attachments',
			'site',
			'received_at'
		])
			expect(COMPLAINT_WORKFLOW_FIELDS).not.toContain(field);
	});
});
