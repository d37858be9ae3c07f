// The policy form: every value as typed (strings), the threshold as a percentage (the record keeps a
// share between 0.01 and 1). Checks here mirror the collection's limits so the referent reads a clear
// message at once; PocketBase checks again and its refusals go to the same fields. Pure.
import type { PublicPolicy as Policy } from '$lib/domain/policy';
import { refusalCodes } from '$lib/pb/errors';

export const POLICY_NUMBERS = {
	complaint_deadline_days: { min: 1, max: 60 },
	information_deadline_days: { min: 1, max: 60 },
	satisfaction_threshold: { min: 1, max: 100 },
	minimum_sample: { min: 1, max: 1000 },
	retention_months: { min: 1, max: 120 },
	log_retention_days: { min: 1, max: 365 },
	kiosk_cooldown_seconds: { min: 0, max: 600 }
} as const;
export type PolicyNumber = keyof typeof POLICY_NUMBERS;

export const POLICY_TEXTS = [
	'organisation_name',
	'organisation_address',
	'organisation_email',
	'dpo_email',
	'hosting'
] as const;
export type PolicyText = (typeof POLICY_TEXTS)[number];
/** The longest address and hosting statement the collection keeps. */
export const POLICY_TEXT_MAX = 300;
export type PolicyField = PolicyNumber | PolicyText;
export const POLICY_FIELDS: PolicyField[] = [
	'organisation_name',
	'organisation_address',
	'organisation_email',
	'dpo_email',
	'hosting',
	...(Object.keys(POLICY_NUMBERS) as PolicyNumber[])
];

export type PolicyDraft = Record<PolicyField, string>;

/** 'required' | 'number' (not a number, or not whole) | 'range' | 'email' | 'too_short' | 'too_long'. */
export type PolicyErrorCode = 'required' | 'number' | 'range' | 'email' | 'too_short' | 'too_long';

/** 0.75 → "75", 0.755 → "75,5". */
export function toPercent(share: number): string {
	return String(Math.round(share * 10000) / 100).replace('.', ',');
}

/** "75" or "75,5" → 0.75 / 0.755; null when it is not a number. */
export function fromPercent(text: string): number | null {
	const value = parseNumber(text);
	return value === null ? null : Math.round(value * 100) / 10000;
}

function parseNumber(text: string): number | null {
	const cleaned = text.trim().replace(/\s|%/g, '').replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
	return Number(cleaned);
}

/** The form's starting values from the stored policy. */
export function policyDraft(policy: Policy): PolicyDraft {
	return {
		organisation_name: policy.organisation_name,
		organisation_address: policy.organisation_address ?? '',
		organisation_email: policy.organisation_email ?? '',
		dpo_email: policy.dpo_email ?? '',
		hosting: policy.hosting ?? '',
		complaint_deadline_days: String(policy.complaint_deadline_days),
		information_deadline_days: String(policy.information_deadline_days),
		satisfaction_threshold: toPercent(policy.satisfaction_threshold),
		minimum_sample: String(policy.minimum_sample),
		retention_months: String(policy.retention_months),
		log_retention_days: String(policy.log_retention_days),
		kiosk_cooldown_seconds: String(policy.kiosk_cooldown_seconds ?? 0)
	};
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The record's values, or the error code of each field that is wrong. */
export function policyChange(
	draft: PolicyDraft
):
	| { values: Policy; errors?: undefined }
	| { values?: undefined; errors: Partial<Record<PolicyField, PolicyErrorCode>> } {
	const errors: Partial<Record<PolicyField, PolicyErrorCode>> = {};
	const numbers: Partial<Record<PolicyNumber, number>> = {};
	for (const [field, { min, max }] of Object.entries(POLICY_NUMBERS) as [
		PolicyNumber,
		{ min: number; max: number }
	][]) {
		const text = draft[field].trim();
		if (!text) {
			errors[field] = 'required';
			continue;
		}
		const value = parseNumber(text);
		const whole = field !== 'satisfaction_threshold';
		if (value === null || (whole && !Number.isInteger(value))) errors[field] = 'number';
		else if (value < min || value > max) errors[field] = 'range';
		else numbers[field] = field === 'satisfaction_threshold' ? fromPercent(text)! : value;
	}
	const name = draft.organisation_name.trim();
	if (!name) errors.organisation_name = 'required';
	else if (name.length < 2) errors.organisation_name = 'too_short';
	else if (name.length > 120) errors.organisation_name = 'too_long';
	for (const field of ['organisation_address', 'hosting'] as const)
		if (draft[field].trim().length > POLICY_TEXT_MAX) errors[field] = 'too_long';
	for (const field of ['organisation_email', 'dpo_email'] as const)
		if (draft[field].trim() && !EMAIL.test(draft[field].trim())) errors[field] = 'email';
	if (Object.keys(errors).length > 0) return { errors };
	return {
		values: {
			organisation_name: name,
			organisation_address: draft.organisation_address.trim(),
			organisation_email: draft.organisation_email.trim(),
			dpo_email: draft.dpo_email.trim(),
			hosting: draft.hosting.trim(),
			complaint_deadline_days: numbers.complaint_deadline_days!,
			information_deadline_days: numbers.information_deadline_days!,
			satisfaction_threshold: numbers.satisfaction_threshold!,
			minimum_sample: numbers.minimum_sample!,
			retention_months: numbers.retention_months!,
			log_retention_days: numbers.log_retention_days!,
			kiosk_cooldown_seconds: numbers.kiosk_cooldown_seconds!
		}
	};
}

/**
 * PocketBase's refusals of number fields, as our codes: its own messages speak of the stored share
 * ("must be less than 1"), not of the percentage the referent typed.
 */
export function numberRefusals(error: unknown): Partial<Record<PolicyNumber, PolicyErrorCode>> {
	const codes = refusalCodes(error) ?? {};
	const result: Partial<Record<PolicyNumber, PolicyErrorCode>> = {};
	for (const field of Object.keys(POLICY_NUMBERS) as PolicyNumber[]) {
		const code = codes[field];
		if (!code) continue;
		result[field] = /min_number|max_number/.test(code)
			? 'range'
			: code === 'validation_required'
				? 'required'
				: 'number';
	}
	return result;
}
