import { describe, expect, it, vi } from 'vitest';
import { fakePb } from './fake-client';
import { inboxSchema, listSites } from './inbox';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const item = {
	id: 'abcdefghij12345',
	reference: '2026-R-000012',
	kind: 'complaint',
	channel: 'web',
	status: 'received',
	site: 'metz00000000001',
	site_name: 'Metz',
	service: '',
	engagement: '',
	subject: 'Attente',
	contact_name: 'Camille Martin',
	received_at: '2026-11-23T09:05:00.000Z',
	deadline_at: '2026-12-14T22:59:59.999Z',
	assignee: '',
	assignee_name: '',
	urgency: 'on_time',
	days_left: 15
};
const counts = { received: 1, in_progress: 0, waiting: 0, answered: 0, closed: 0, due_soon: 0, overdue: 0 };

describe('inbox answer', () => {
	it('accepts the route’s answer', () => {
		const inbox = { items: [item], page: 1, perPage: 50, totalItems: 1, counts };
		expect(inboxSchema.parse(inbox)).toEqual(inbox);
	});

	it('refuses an answer without its counts or with a malformed item', () => {
		expect(inboxSchema.safeParse({ items: [], page: 1, perPage: 50, totalItems: 0 }).success).toBe(false);
		const broken = { items: [{ ...item, days_left: 'soon' }], page: 1, perPage: 50, totalItems: 1, counts };
		expect(inboxSchema.safeParse(broken).success).toBe(false);
	});
});

describe('the inbox’s sites', () => {
	it('refuses a site without its time zone, then parses a good answer (a failure is not kept)', async () => {
		fakePb.reset();
		fakePb.answers.sites = [{ id: 'metz00000000001', name: 'Metz' }];
		await expect(listSites()).rejects.toBeInstanceOf(UnexpectedAnswer);
		const site = { id: 'metz00000000001', name: 'Metz', time_zone: 'Europe/Paris' };
		fakePb.answers.sites = [site];
		expect(await listSites()).toEqual([site]);
		expect(fakePb.optionsOf('sites', 'getFullList').fields).toBe('id,name,time_zone');
	});
});
