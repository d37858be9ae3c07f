import { m } from '$lib/paraglide/messages.js';
import type { FieldErrors } from '$lib/pb/errors';

export interface Credentials {
	email: string;
	password: string;
}

// Deliberately loose: the server has the last word; this only catches obvious slips.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Field errors of the sign-in form before anything is sent; empty when it can be submitted. */
export function validateCredentials({ email, password }: Credentials): FieldErrors {
	const errors: FieldErrors = {};
	const trimmed = email.trim();
	if (!trimmed) errors.email = m.signin_email_required();
	else if (!EMAIL.test(trimmed)) errors.email = m.validation_email();
	if (!password) errors.password = m.signin_password_required();
	return errors;
}
