import { m } from '$lib/i18n/messages';
import type { FieldErrors } from '$lib/pb/errors';

export interface Credentials {
	email: string;
	password: string;
}

// Deliberately loose: the server has the last word; this only catches obvious slips.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The error of an account's e-mail address (sign-in, reset request), or undefined when it can be sent. */
export function emailError(email: string): string | undefined {
	const trimmed = email.trim();
	if (!trimmed) return m.signin_email_required();
	if (!EMAIL.test(trimmed)) return m.validation_email();
	return undefined;
}

/** Field errors of the sign-in form before anything is sent; empty when it can be submitted. */
export function validateCredentials({ email, password }: Credentials): FieldErrors {
	const errors: FieldErrors = {};
	const error = emailError(email);
	if (error) errors.email = error;
	if (!password) errors.password = m.signin_password_required();
	return errors;
}
