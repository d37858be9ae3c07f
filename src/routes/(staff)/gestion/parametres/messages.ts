// The settings forms' error codes in words, with the field's limits.
import { m } from '$lib/i18n/messages';
import type { ClosureError } from '$lib/publishing/closures';
import {
	POLICY_NUMBERS,
	POLICY_TEXT_MAX,
	type PolicyErrorCode,
	type PolicyField
} from '$lib/publishing/policy-form';

/** The message for a policy field's error code. */
export function policyMessage(field: PolicyField, code: PolicyErrorCode): string {
	const percent = field === 'satisfaction_threshold';
	const limits = field in POLICY_NUMBERS ? POLICY_NUMBERS[field as keyof typeof POLICY_NUMBERS] : null;
	switch (code) {
		case 'required':
			return m.validation_required();
		case 'number':
			return percent ? m.pub_s_number_percent() : m.pub_s_number();
		case 'range':
			return percent
				? m.pub_s_range_percent({ min: limits!.min, max: limits!.max })
				: m.pub_s_range({ min: limits!.min, max: limits!.max });
		case 'email':
			return m.pub_s_email();
		case 'too_short':
			return m.validation_too_short_any();
		case 'too_long':
			return field === 'hosting'
				? m.reg_hosting_too_long({ max: POLICY_TEXT_MAX })
				: m.validation_too_long_any();
	}
}

export function closureMessage(code: ClosureError): string {
	if (code === 'required') return m.pub_s_closure_required();
	if (code === 'duplicate') return m.pub_s_closure_duplicate();
	return m.pub_s_closure_invalid();
}
