import { beforeEach, describe, expect, it, vi } from 'vitest';
import { alertSettings, updateAlertSettings } from './alert-settings';
import { UnexpectedAnswer } from './answer';
import { fakePb } from './fake-client';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const stored = {
	id: 'policy000000001',
	alert_window: 'days',
	alert_window_size: 14,
	alert_notify_agents: false
};

beforeEach(() => fakePb.reset());

describe('the alert settings client', () => {
	it("reads the policy's alert settings only, and refuses a window of another kind", async () => {
		fakePb.answers.policies = [stored];
		expect(await alertSettings()).toEqual(stored);
		expect(fakePb.optionsOf('policies', 'getFullList').fields).toBe(
			'alert_window,alert_window_size,alert_notify_agents,id'
		);
		fakePb.answers.policies = [];
		expect(await alertSettings()).toBeNull();
		fakePb.answers.policies = [{ ...stored, alert_window: 'weeks' }];
		await expect(alertSettings()).rejects.toBeInstanceOf(UnexpectedAnswer);
	});

	it('saves the three settings', async () => {
		fakePb.answers.policies = { ...stored, alert_window: 'answers', alert_window_size: 60 };
		const change = { alert_window: 'answers' as const, alert_window_size: 60, alert_notify_agents: true };
		expect(await updateAlertSettings(stored.id, change)).toMatchObject({ alert_window: 'answers' });
		const call = fakePb.calls.find((c) => c.method === 'update');
		expect(call?.args.slice(0, 2)).toEqual([stored.id, change]);
	});
});
