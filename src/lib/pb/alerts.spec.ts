import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as alerts from './alerts';
import { pointAlert } from './alerts.fixture';
import { fakePb } from './fake-client';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const alert = {
	...pointAlert,
	status: 'acknowledged',
	acknowledged_by: 'staff0000000001',
	acknowledged_at: '2026-12-05 09:00:00.000Z',
	mailed_at: '2026-12-05 08:00:01.000Z'
};

beforeEach(() => fakePb.reset());

describe('the alerts client', () => {
	it('lists the live alerts, the new ones first, asking for the fields its schema reads', async () => {
		const fresh = { ...alert, id: 'alert0000000002', status: 'open' };
		fakePb.answers.alerts = [alert, fresh];
		expect((await alerts.liveAlerts()).map((a) => a.id)).toEqual([fresh.id, alert.id]);
		const options = fakePb.optionsOf('alerts', 'getFullList');
		expect(options.filter).toBe('status != "closed"');
		expect(options.fields).toContain('figures');
		expect(options.fields).toContain('expand.reception_point.name');
	});

	it('refuses an alert of an unknown kind, and an action answer without its id', async () => {
		fakePb.answers.alerts = [{ ...alert, kind: 'weather' }];
		await expect(alerts.liveAlerts()).rejects.toBeInstanceOf(UnexpectedAnswer);
		fakePb.answers['/api/qep/alerts/alert0000000001/action'] = { alert: {} };
		await expect(alerts.actionFromAlert(alert.id)).rejects.toBeInstanceOf(UnexpectedAnswer);
	});

	it('posts each step to its route', async () => {
		fakePb.answers['/api/qep/alerts/alert0000000001/acknowledge'] = {};
		fakePb.answers['/api/qep/alerts/alert0000000001/close'] = {};
		fakePb.answers['/api/qep/alerts/alert0000000001/action'] = { alert: {}, action: 'action000000001' };
		await alerts.acknowledgeAlert(alert.id, 'Vu');
		await alerts.closeAlert(alert.id, 'Réglé depuis');
		expect(await alerts.actionFromAlert(alert.id)).toBe('action000000001');
		expect(fakePb.calls.map((c) => [c.target, (c.args[0] as { body: unknown }).body])).toEqual([
			['/api/qep/alerts/alert0000000001/acknowledge', { comment: 'Vu' }],
			['/api/qep/alerts/alert0000000001/close', { reason: 'Réglé depuis' }],
			['/api/qep/alerts/alert0000000001/action', {}]
		]);
	});
});
