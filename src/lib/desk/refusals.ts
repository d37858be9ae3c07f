// Why the server refused an action or a filter, in words, next to the field concerned. The routes answer
// 400 { data: { <field>: { code } } } with the codes of /tmp/qep-contract-5.md; 404 means the item is not
// one of the caller's sites' (or no longer exists).
import { ClientResponseError } from 'pocketbase';
import SHARED from '../../../pocketbase/pb_hooks/lib/limits.json';
import { codesOf } from '$lib/domain/error-codes';
import { trimmed } from '$lib/domain/submission-fields';
import { errorMessage, refusalCodes } from '$lib/pb/errors';
import { m } from '$lib/paraglide/messages.js';

/** Field (or `form`) → message. */
export type Refusals = Record<string, string>;

/** The length limits of the text field concerned (a note: 1..5000; an answer: 10..10000), the server's. */
export interface TextLimits {
	min: number;
	max: number;
}

export const NOTE_LIMITS: TextLimits = SHARED.note;
export const ANSWER_LIMITS: TextLimits = SHARED.answer;

/** The message for `code` on `field`. */
export function refusalMessage(field: string, code: string, limits?: TextLimits): string {
	switch (code) {
		case 'invalid_transition':
			return m.desk_error_invalid_transition();
		case 'answer_required':
			return m.desk_error_answer_required();
		case 'unknown':
			return field === 'assignee' ? m.desk_error_assignee_unknown() : m.desk_error_invalid();
		case 'required':
			return m.desk_error_required();
		case 'too_short':
			return m.desk_error_too_short({ min: limits?.min ?? 1 });
		case 'too_long':
			return limits ? m.desk_error_too_long({ max: limits.max }) : m.desk_error_too_long_any();
		case 'before_from':
			return m.desk_error_before_from();
		case 'not_found':
			return m.desk_error_not_found();
		default:
			return m.desk_error_invalid();
	}
}

/**
 * The messages for a failed call: one per refused field, or `form` for a refusal that is about no field
 * (not found, network down, server error). Empty for an aborted request.
 */
export function refusalsOf(error: unknown, limits?: TextLimits): Refusals {
	if (error instanceof ClientResponseError) {
		if (error.isAbort) return {};
		if (error.status === 404) return { form: m.desk_error_not_found() };
	}
	const codes = refusalCodes(error);
	if (codes)
		return Object.fromEntries(
			Object.entries(codes).map(([field, code]) => [field, refusalMessage(field, code, limits)])
		);
	return { form: errorMessage(error) };
}

/**
 * The server's code for a note's or an answer's text (lib/values.js `textCode`, which
 * complaint-actions.parity.spec.ts holds it to), or null when it may be sent.
 */
export function textCode(text: unknown, limits: TextLimits): string | null {
	const result = trimmed(limits.min, limits.max).safeParse(text);
	return result.success ? null : (codesOf(result.error).form ?? 'invalid');
}

/** The problem of a text before it is sent, as the server would state it, or ''. */
export function checkText(text: string, limits: TextLimits): string {
	const code = textCode(text, limits);
	return code ? refusalMessage('text', code, limits) : '';
}
