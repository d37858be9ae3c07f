// A form's refused call read as messages by field: what the screens of the back office show next to their
// fields, and the one sentence for the form when the refusal is about no field of it.
import { caught, type FieldErrors } from './errors';

export interface RefusalWording {
	/** The sentence for a code on one of the form's fields. */
	message: (field: string, code: string) => string;
	/** The form's own fields; a code on any other goes to `form`. Every field is the form's when absent. */
	fields?: readonly string[];
	/** The sentence for a code on a field that is not the form's (`message` when absent). */
	formMessage?: (field: string, code: string) => string;
	/** The sentence when the item is gone (404). */
	gone: () => string;
}

/**
 * The messages for a failed call: one per refused field, or `form` for a refusal about no field of the form
 * (the item gone, a code on another field, network down, server error). Empty for an aborted request.
 */
export function fieldRefusals(error: unknown, wording: RefusalWording): FieldErrors {
	const failed = caught(error);
	if (failed.aborted) return {};
	if (failed.status === 404) return { form: wording.gone() };
	if (!failed.codes) return { form: failed.message };
	const result: FieldErrors = {};
	for (const [field, code] of Object.entries(failed.codes)) {
		const own = !wording.fields || wording.fields.includes(field);
		const say = own ? wording.message : (wording.formMessage ?? wording.message);
		result[own ? field : 'form'] ??= say(field, code);
	}
	return result;
}
