import { describe, expect, it } from 'vitest';
import { policySchema } from './policy';

const policy = {
	organisation_name: 'Préfecture du Doubs',
	complaint_deadline_days: 15,
	information_deadline_days: 30,
	satisfaction_threshold: 0.8,
	minimum_sample: 30,
	retention_months: 36,
	log_retention_days: 90
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
