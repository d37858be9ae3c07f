import { describe, expect, it } from 'vitest';
import { policySchema, publicPolicySchema } from './policy';

const policy = {
	organisation_name: 'Préfecture du Doubs',
	complaint_deadline_days: 15,
	information_deadline_days: 30,
	satisfaction_threshold: 0.8,
	minimum_sample: 30,
	retention_months: 36,
	log_retention_days: 90,
	alert_window: 'days',
	alert_window_size: 14
};
const fieldsOf = (value: unknown) =>
	policySchema.safeParse(value).error?.issues.map(({ code, path }) => [code, ...path]);

describe('policySchema', () => {
	it('keeps whole numbers within their bounds, the threshold a share above 0', () => {
		expect(policySchema.parse(policy)).toEqual(policy);
		expect(policySchema.safeParse({ ...policy, kiosk_cooldown_seconds: 0 }).success).toBe(true);
		expect(fieldsOf({ ...policy, complaint_deadline_days: 61 })).toEqual([
			['too_big', 'complaint_deadline_days']
		]);
		expect(fieldsOf({ ...policy, minimum_sample: 1.5 })).toEqual([['invalid_type', 'minimum_sample']]);
		expect(fieldsOf({ ...policy, satisfaction_threshold: 0 })).toEqual([
			['too_small', 'satisfaction_threshold']
		]);
		expect(fieldsOf({ ...policy, satisfaction_threshold: 1.01 })).toEqual([
			['too_big', 'satisfaction_threshold']
		]);
		expect(fieldsOf({ ...policy, kiosk_cooldown_seconds: 601 })).toEqual([
			['too_big', 'kiosk_cooldown_seconds']
		]);
		expect(fieldsOf({ ...policy, organisation_name: 'P' })).toEqual([['too_small', 'organisation_name']]);
	});
});

describe("the policy's alert settings", () => {
	it('take a window of days or of answers, of 1 to 1000', () => {
		expect(policySchema.parse({ ...policy, alert_window: 'answers', alert_window_size: 60 })).toMatchObject({
			alert_window: 'answers',
			alert_window_size: 60
		});
		expect(fieldsOf({ ...policy, alert_window: 'weeks' })).toEqual([['invalid_value', 'alert_window']]);
		expect(fieldsOf({ ...policy, alert_window_size: 0 })).toEqual([['too_small', 'alert_window_size']]);
		expect(fieldsOf({ ...policy, alert_window_size: 1001 })).toEqual([['too_big', 'alert_window_size']]);
		expect(fieldsOf({ ...policy, alert_notify_agents: 'yes' })).toEqual([
			['invalid_type', 'alert_notify_agents']
		]);
	});

	it("stay out of what visitors' pages read", () => {
		expect(Object.keys(publicPolicySchema.shape)).not.toContain('alert_window');
		expect(Object.keys(policySchema.shape)).toEqual(
			expect.arrayContaining(['alert_window', 'alert_window_size', 'alert_notify_agents'])
		);
	});
});
