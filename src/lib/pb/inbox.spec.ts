import { describe, expect, it } from 'vitest';
import { inboxSchema } from './inbox';

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
