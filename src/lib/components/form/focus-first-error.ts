// A form's errors show next to their fields; focus goes to the first field, in the form's order, that
// has one, so a keyboard or screen-reader user lands on what to fix.
import { tick } from 'svelte';

/** The first of `fields`, in their order, that `errors` has a message for; undefined when none has. */
export function firstInvalid<F extends string>(
	fields: readonly F[],
	errors: Partial<Record<string, string>>
): F | undefined {
	return fields.find((field) => errors[field]);
}

/**
 * Once the errors are on screen, focuses the control (by id, from `controlOf`) of the first field that has
 * one. True when it did, false when no field has an error (the caller may then show a form-level message).
 */
export async function focusFirstError<F extends string>(
	fields: readonly F[],
	errors: Partial<Record<string, string>>,
	controlOf: (field: F) => string
): Promise<boolean> {
	const first = firstInvalid(fields, errors);
	if (!first) return false;
	await tick();
	document.getElementById(controlOf(first))?.focus();
	return true;
}
