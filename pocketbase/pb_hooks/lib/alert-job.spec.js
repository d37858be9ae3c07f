import { describe, expect, it } from 'vitest';
import { USUAL_DAYS, alertPolicyOf, lookbackDays } from './alert-job.js';

const policy = {
	satisfaction_threshold: 0.75,
	minimum_sample: 10,
	alert_window: 'days',
	alert_window_size: 14,
	alert_notify_agents: false
};

describe("the detection's settings", () => {
	it("read the policy's window as days or as answers", () => {
		expect(alertPolicyOf(policy)).toEqual({
			threshold: 0.75,
			minimumSample: 10,
			window: { days: 14 },
			usualDays: USUAL_DAYS,
			notifyAgents: false
		});
		expect(alertPolicyOf({ ...policy, alert_window: 'answers', alert_window_size: 60 }).window).toEqual({
			answers: 60
		});
		// A policy stored before the alerts existed, or emptied by hand: the smallest window, not a crash.
		expect(alertPolicyOf({ ...policy, alert_window: '', alert_window_size: 0 }).window).toEqual({ days: 1 });
	});

	it('look back over the window and the usual days before today, a year for a window of answers', () => {
		expect(lookbackDays(alertPolicyOf(policy))).toBe(USUAL_DAYS + 1);
		expect(lookbackDays(alertPolicyOf({ ...policy, alert_window_size: 90 }))).toBe(90);
		expect(lookbackDays(alertPolicyOf({ ...policy, alert_window: 'answers' }))).toBe(365);
	});
});
