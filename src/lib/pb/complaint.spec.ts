import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as complaint from './complaint';
import { fakePb } from './fake-client';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const ID = 'cmpl00000000001';
const record = {
	id: ID,
	collectionId: 'pbc_complaints',
	collectionName: 'complaints',
	reference: '2026-R-000012',
	kind: 'complaint',
	channel: 'web',
	status: 'received',
	site: 'metz00000000001',
	reception_point: '',
	engagement: '',
	service: '',
	subject: 'Attente',
	description: 'Deux heures d’attente au guichet.',
	contact_name: 'Camille Martin',
	contact_email: 'camille@example.fr',
	contact_address: '',
	contact_phone: '',
	received_at: '2026-11-23 09:05:00.000Z',
	deadline_at: '2026-12-14 22:59:59.999Z',
	assignee: '',
	answer: '',
	answered_at: '',
	answered_in_time: false,
	attachments: [],
	paused_days: 0,
	waiting_since: '',
	expand: { site: { name: 'Metz', time_zone: 'Europe/Paris' } }
};
const event = {
	id: 'evnt00000000001',
	type: 'received',
	actor: '',
	data: {},
	created: '2026-11-23 09:05:00.000Z'
};
const member = { id: 'staff0000000001', name: 'Camille Agent', role: 'agent', sites: [] };

beforeEach(() => fakePb.reset());

describe('the complaint detail client', () => {
	it('parses the complaint, its trail and the staff', async () => {
		fakePb.answers.complaints = record;
		fakePb.answers.complaint_events = [event];
		fakePb.answers.staff = [member];
		const detail = await complaint.loadDetail(ID);
		expect(detail).toEqual({ complaint: record, events: [event], staff: [member], urgency: null });
		expect(String(fakePb.optionsOf('complaints', 'getOne').fields).split(',')).toEqual(
			expect.arrayContaining(['collectionId', 'attachments', 'expand.site.time_zone', 'expand.assignee.name'])
		);
	});

	it('rejects a complaint without its attachments list, and a trail event without its type', async () => {
		fakePb.answers.complaints = { ...record, attachments: null };
		fakePb.answers.complaint_events = [event];
		fakePb.answers.staff = [member];
		await expect(complaint.loadDetail(ID)).rejects.toBeInstanceOf(UnexpectedAnswer);
		fakePb.answers.complaints = record;
		fakePb.answers.complaint_events = [{ ...event, type: undefined }];
		await expect(complaint.loadDetail(ID)).rejects.toBeInstanceOf(UnexpectedAnswer);
	});

	it('reads the e-mail’s outcome of an answer, and refuses one it does not know', async () => {
		const path = `/api/qep/complaints/${ID}/answer`;
		fakePb.answers[path] = { complaint: {}, mail: 'sent' };
		expect(await complaint.answer(ID, 'Réponse')).toBe('sent');
		fakePb.answers[path] = { complaint: {}, mail: 'queued' };
		await expect(complaint.answer(ID, 'Réponse')).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});
