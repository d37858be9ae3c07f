// Erasure on request (RGPD art. 17): an administrator erases a complaint's or a suggestion's personal data
// now, for a reason kept in the trail. The reason's rule is the intake's clean-text rule with the routes'
// limits; the routes (POST /api/qep/complaints|suggestions/{id}/erase) have the last word, and their
// refusals say why an item cannot be erased yet.
import SHARED from '../../../pocketbase/pb_hooks/lib/limits.json';
import { codesOf } from '$lib/domain/error-codes';
import { trimmed } from '$lib/domain/submission-fields';
import { m } from '$lib/i18n/messages';
import { caught } from '$lib/pb/errors';

/** An erasure's reason, in characters once trimmed (the routes' own limits). */
export const ERASURE_REASON: { min: number; max: number } = SHARED.reason;

const reasonSchema = trimmed(ERASURE_REASON.min, ERASURE_REASON.max);

/** The contract's code for a reason (`required`, `too_short`, `too_long`, `invalid`), or null when it may go. */
export function reasonCode(reason: string): string | null {
	const result = reasonSchema.safeParse(reason);
	return result.success ? null : (codesOf(result.error).form ?? 'invalid');
}

/** The message next to the reason for `code`. */
export function reasonMessage(code: string): string {
	if (code === 'required') return m.admin_rights_error_reason_required();
	if (code === 'too_short') return m.validation_reason_too_short({ min: ERASURE_REASON.min });
	if (code === 'too_long') return m.validation_reason_too_long({ max: ERASURE_REASON.max });
	return m.validation_reason_invalid();
}

/**
 * Why an erasure was refused: `reason` next to the field, or `form` for the item itself; `held` when an
 * administrator's hold stands in the way (the page links to the Conservation page). Null for an aborted
 * request.
 */
export interface ErasureRefusal {
	reason?: string;
	form?: string;
	held?: boolean;
}

export function erasureRefusal(error: unknown): ErasureRefusal | null {
	const failed = caught(error);
	if (failed.aborted) return null;
	if (failed.status === 404) return { form: m.validation_request_gone() };
	const codes = failed.codes ?? {};
	if (codes.reason) return { reason: reasonMessage(codes.reason) };
	switch (codes.id) {
		case 'not_answered':
			return { form: m.admin_rights_error_not_answered() };
		case 'held':
			return { form: m.admin_rights_error_held(), held: true };
		case 'anonymised':
			return { form: m.admin_rights_error_anonymised() };
	}
	return { form: failed.message };
}
