// A paper survey form from the lobby ballot box, transcribed by an agent: the active questionnaire's
// questions answered as written on the paper (a question left blank stays unanswered), channel `paper`,
// the form's day. The server accepts a day at most 400 days old (pocketbase/pb_hooks/lib/ingest.js).
import type { Language } from '$lib/domain/fields';
import type { FieldCodes } from '$lib/domain/error-codes';
import { DAY_PATTERN } from '$lib/domain/fields';
import { shiftDay } from '$lib/domain/receipt-date';
import type { SurveySubmission } from '$lib/domain/submission';
import type { ScaleValue } from '$lib/domain/survey';
import { fieldMessage } from '$lib/citizen/error-messages';
import { m } from '$lib/i18n/messages';

/** How old a paper form's day may be when it is transcribed. */
export const PAPER_MAX_AGE_DAYS = 400;
export const COMMENT_MAX = 1000;

export interface PaperSurveyDraft {
	questionnaire: string;
	site: string;
	reception_point: string;
	day: string;
	language: Language;
	comment: string;
	/** Question id → the box ticked on the paper. */
	answers: Record<string, ScaleValue>;
}

/** The form's fields in display order, with their controls (error summary, focus). */
export const PAPER_CONTROLS = {
	site: 'paper-site',
	reception_point: 'paper-reception-point',
	day: 'paper-day',
	answers: 'paper-answers',
	comment: 'paper-comment'
} as const;

/** The earliest day a paper form may carry when the site's date is `today`. */
export const earliestPaperDay = (today: string) => shiftDay(today, -PAPER_MAX_AGE_DAYS);

/** Ticks `value` for a question; ticking the ticked box again clears it (a blank on the paper). */
export function toggleAnswer(
	answers: Record<string, ScaleValue>,
	question: string,
	value: ScaleValue
): Record<string, ScaleValue> {
	const next = { ...answers };
	if (next[question] === value) delete next[question];
	else next[question] = value;
	return next;
}

/** The contract's codes for the draft, or {} when it may be stored. `today`: the site's date. */
export function paperSurveyCodes(draft: PaperSurveyDraft, today: string): FieldCodes {
	const codes: FieldCodes = {};
	if (!draft.site) codes.site = 'required';
	if (!draft.day) codes.day = 'required';
	else if (!DAY_PATTERN.test(draft.day) || draft.day > today || draft.day < earliestPaperDay(today))
		codes.day = 'invalid';
	if (Object.keys(draft.answers).length === 0) codes.answers = 'required';
	if (draft.comment.trim().length > COMMENT_MAX) codes.comment = 'too_long';
	return codes;
}

/** The submission, answers in the questionnaire's order. */
export function paperSubmission(draft: PaperSurveyDraft, questionOrder: readonly string[]): SurveySubmission {
	return {
		questionnaire: draft.questionnaire,
		site: draft.site,
		reception_point: draft.reception_point,
		channel: 'paper',
		language: draft.language,
		day: draft.day,
		comment: draft.comment.trim(),
		answers: questionOrder.flatMap((question) => {
			const value = draft.answers[question];
			return value ? [{ question, value }] : [];
		})
	};
}

/** The message next to a field, for the device's codes and the ingest route's. */
export function paperMessage(field: string, code: string): string {
	if (field === 'day')
		return code === 'required'
			? m.admin_error_paper_day_required()
			: m.admin_error_paper_day_window({ max: PAPER_MAX_AGE_DAYS });
	if (field === 'answers' || field.startsWith('answers.')) return m.admin_error_paper_answers();
	if (field === 'comment' && code === 'too_long') return m.admin_error_too_long({ max: COMMENT_MAX });
	if (code === 'not_allowed' || code === 'wrong_site') return m.admin_error_wrong_site();
	return fieldMessage(field, code);
}

/** Field → message; the ingest route's `answers.<i>.value` keys all go to the answers. */
export function paperMessages(codes: FieldCodes): Record<string, string> {
	const messages: Record<string, string> = {};
	for (const [field, code] of Object.entries(codes)) {
		const key = field.startsWith('answers.') ? 'answers' : field === 'channel' ? 'site' : field;
		messages[key] ??= paperMessage(field, code);
	}
	return messages;
}
