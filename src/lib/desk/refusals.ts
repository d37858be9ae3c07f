// Why the server refused an action or a filter, in words, next to the field concerned. The routes answer
// 400 { data: { <field>: { code } } } with the codes of pocketbase/pb_hooks/lib/complaint-actions.js; 404 means the item is not
// one of the caller's sites' (or no longer exists).
import SHARED from '../../../pocketbase/pb_hooks/lib/limits.json';
import { codesOf } from '$lib/domain/error-codes';
import { trimmed } from '$lib/domain/submission-fields';
import { fieldRefusals } from '$lib/pb/field-refusals';
import { refusalMessage as sayRefusal, type Overrides, type TextLimits } from '$lib/pb/refusal-messages';
import { m } from '$lib/i18n/messages';

/** Field (or `form`) → message. */
export type Refusals = Record<string, string>;

/** The length limits of the text field concerned (a note: 1..5000; an answer: 10..10000), the server's. */
export type { TextLimits };

export const NOTE_LIMITS: TextLimits = SHARED.note;
export const ANSWER_LIMITS: TextLimits = SHARED.answer;

/** The desk's own sentence: an unknown assignee does not work for the item's site. */
const DESK: Overrides = { assignee: { unknown: () => m.desk_error_assignee_unknown() } };

/** The message for `code` on `field` (the back-office's table, lib/pb/refusal-messages.ts). */
export const refusalMessage = (field: string, code: string, limits?: TextLimits): string =>
	sayRefusal(field, code, { limits, overrides: DESK });

/**
 * The messages for a failed call: one per refused field, or `form` for a refusal that is about no field
 * (not found, network down, server error). Empty for an aborted request.
 */
export const refusalsOf = (error: unknown, limits?: TextLimits): Refusals =>
	fieldRefusals(error, {
		message: (field, code) => refusalMessage(field, code, limits),
		gone: m.desk_error_not_found
	});

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

/**
 * The one message a panel shows under its control: the first of `fields` refused, else the form's, else
 * any other's ('' when nothing was refused).
 */
export function messageFor(refused: Refusals, fields: readonly string[]): string {
	for (const field of [...fields, 'form']) if (refused[field] !== undefined) return refused[field];
	return Object.values(refused)[0] ?? '';
}
