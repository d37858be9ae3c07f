// The message shown next to a field for a contract error code, whether the device or the server found it.
import { ATTACHMENTS, COMPLAINT_LIMITS } from '$lib/domain/complaint-submission';
import type { FieldCodes } from '$lib/domain/error-codes';
import { SUGGESTION_LIMITS } from '$lib/domain/suggestion-submission';
import { m } from '$lib/i18n/messages';

const LIMITS: Record<string, { min: number; max: number }> = { ...COMPLAINT_LIMITS, ...SUGGESTION_LIMITS };
const EMAIL_FIELDS = new Set(['contact_email', 'email']);

/** The sentence for `code` on `field`, in the current language. */
export function fieldMessage(field: string, code: string): string {
	const limits = LIMITS[field];
	switch (code) {
		case 'required':
			return m.validation_required();
		case 'too_short':
			return m.citizen_error_too_short({ min: limits?.min ?? 1 });
		case 'too_long':
			return m.citizen_error_too_long({ max: limits?.max ?? 0 });
		case 'invalid':
			if (EMAIL_FIELDS.has(field)) return m.validation_email();
			if (field === 'contact_phone') return m.citizen_error_phone();
			return m.validation_invalid();
		case 'unknown':
			return m.citizen_error_unknown();
		case 'contact_required':
			return m.citizen_error_contact_required();
		case 'wrong_site':
			return m.citizen_error_wrong_site();
		case 'too_many_files':
			return m.citizen_error_too_many_files({ max: ATTACHMENTS.maxFiles });
		case 'file_too_large':
			return m.citizen_error_file_too_large();
		case 'file_type':
			return m.citizen_error_file_type();
		case 'spam':
			return m.citizen_error_spam();
		case 'type':
			return m.citizen_error_type();
		default:
			return m.validation_invalid();
	}
}

/** Every field's message. */
export function fieldMessages(codes: FieldCodes): Record<string, string> {
	return Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, fieldMessage(field, code)]));
}
