// A staff member's new password, as the account form (initial password) and the reset page check it
// before sending: length over complexity, no composition rule. PocketBase's staff collection enforces the
// same minimum (migration 1796000000) and has the last word.
import { m } from '$lib/i18n/messages';
import type { FieldErrors } from '$lib/pb/errors';

/** At least 12 characters; bcrypt reads at most 71 bytes. */
export const STAFF_PASSWORD = { min: 12, max: 71 } as const;

export interface NewPassword {
	password: string;
	passwordConfirm: string;
}

/** Errors on `password` and `passwordConfirm`; empty when the pair can be sent. */
export function validateNewPassword({ password, passwordConfirm }: NewPassword): FieldErrors {
	const errors: FieldErrors = {};
	if (!password) errors.password = m.validation_required();
	else if ([...password].length < STAFF_PASSWORD.min)
		errors.password = m.admin_error_too_short({ min: STAFF_PASSWORD.min });
	else if (new TextEncoder().encode(password).length > STAFF_PASSWORD.max)
		errors.password = m.admin_error_too_long({ max: STAFF_PASSWORD.max });
	if (!passwordConfirm) errors.passwordConfirm = m.validation_required();
	else if (passwordConfirm !== password) errors.passwordConfirm = m.admin_error_password_confirm();
	return errors;
}
