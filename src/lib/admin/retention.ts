// The Conservation page's rules: the window it lists, how dates and holds read, and the hold form's checks
// before sending — the limits of POST /api/qep/complaints/{id}/hold, which has the last word: its refusals
// show next to the same fields.
import SHARED from '../../../pocketbase/pb_hooks/lib/limits.json';
import { dateAndTime } from '$lib/format';
import { dayIn } from '$lib/domain/day';
import { DAY_PATTERN } from '$lib/domain/fields';
import { shiftDay } from '$lib/domain/receipt-date';
import { m } from '$lib/i18n/messages';
import { errorMessage, type FieldErrors } from '$lib/pb/errors';
import { fieldRefusals } from '$lib/pb/field-refusals';
import type { Hold } from '$lib/pb/retention';
import { TIME_ZONE } from './operations';

/** The days ahead the page lists (`?jours=`), as the route accepts them. */
export const WINDOW = { min: 1, max: 365, default: 30 } as const;
/** A hold's reason, in characters once trimmed (the route's own limits). */
export const HOLD_REASON: { min: number; max: number } = SHARED.reason;
/** A hold's longest reach from today. */
export const MAX_HOLD_YEARS = 10;
/** The hold form's fields in display order (focus goes to the first one in error). */
export const HOLD_FIELDS = ['until', 'reason'] as const;

export interface HoldDraft {
	until: string;
	reason: string;
}

/** The `?jours=` parameter as a window in days: whole, 1–365, otherwise the default 30. */
export function windowDays(param: string | null): number {
	if (!param || !/^\d{1,3}$/.test(param)) return WINDOW.default;
	const days = Number(param);
	return days >= WINDOW.min && days <= WINDOW.max ? days : WINDOW.default;
}

/** Today in the prefecture's clock ('YYYY-MM-DD'). */
export const todayInParis = (now: Date = new Date()): string => dayIn(TIME_ZONE, now);

/** 'YYYY-MM-DD' as numbers (the caller has checked the pattern). */
function partsOf(day: string): [number, number, number] {
	return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

/** True for a real calendar day written 'YYYY-MM-DD' (not 2027-02-30). */
export function isDay(value: string): boolean {
	if (!DAY_PATTERN.test(value)) return false;
	const [year, month, day] = partsOf(value);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The first day a hold may end on: tomorrow. */
export const earliestHold = (today: string): string => shiftDay(today, 1);

/** The last day a hold may end on: the same date ten years on (29 February gives the 28th). */
export function latestHold(today: string): string {
	const [year, month, day] = partsOf(today);
	const lastOfMonth = new Date(Date.UTC(year + MAX_HOLD_YEARS, month, 0)).getUTCDate();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${year + MAX_HOLD_YEARS}-${pad(month)}-${pad(Math.min(day, lastOfMonth))}`;
}

/** The message for a refusal `code` of the hold route (or of the form's own checks) on `field`. */
export function holdMessage(field: string, code: string): string {
	if (field === 'until') {
		if (code === 'required') return m.bo_retention_error_until_required();
		if (code === 'past') return m.bo_retention_error_until_past();
		if (code === 'too_far') return m.bo_retention_error_until_too_far({ years: MAX_HOLD_YEARS });
		return m.bo_retention_error_until_invalid();
	}
	if (field === 'reason') {
		if (code === 'required') return m.bo_retention_error_reason_required();
		if (code === 'too_short') return m.validation_reason_too_short({ min: HOLD_REASON.min });
		if (code === 'too_long') return m.validation_reason_too_long({ max: HOLD_REASON.max });
		return m.validation_reason_invalid();
	}
	return code === 'anonymised' ? m.bo_retention_error_anonymised() : errorMessage(null);
}

/** Field errors of a hold before it is sent, when today is `today` ('YYYY-MM-DD'); empty when it may go. */
export function validateHold(draft: HoldDraft, today: string): FieldErrors {
	const errors: FieldErrors = {};
	const until = draft.until.trim();
	if (!until) errors.until = holdMessage('until', 'required');
	else if (!isDay(until)) errors.until = holdMessage('until', 'invalid');
	else if (until <= today) errors.until = holdMessage('until', 'past');
	else if (until > latestHold(today)) errors.until = holdMessage('until', 'too_far');
	const reason = draft.reason.trim();
	if (!reason) errors.reason = holdMessage('reason', 'required');
	else if (reason.length < HOLD_REASON.min) errors.reason = holdMessage('reason', 'too_short');
	else if (reason.length > HOLD_REASON.max) errors.reason = holdMessage('reason', 'too_long');
	return errors;
}

/**
 * The messages for a failed hold or release: one per refused field (`until`, `reason`), or `form` for a
 * refusal about no field (already anonymised, gone, network down). Empty for an aborted request.
 */
export const holdRefusals = (error: unknown): FieldErrors =>
	fieldRefusals(error, { message: holdMessage, fields: HOLD_FIELDS, gone: m.validation_request_gone });

/** An instant (ISO or PocketBase's format) as the day it is in Paris: "14 décembre 2026". */
export const parisDay = (instant: string, locale: string): string =>
	dateAndTime(instant, locale, TIME_ZONE).date;

/** A calendar day ('YYYY-MM-DD') as "14 décembre 2026", whatever the device's time zone. */
export const calendarDay = (day: string, locale: string): string =>
	dateAndTime(`${day}T12:00:00Z`, locale, 'UTC').date;

/** "Conservée jusqu’au 14 décembre 2026 : Litige en cours", or "Aucune". */
export function holdLabel(hold: Hold | null, locale: string): string {
	return hold
		? m.bo_retention_held({ date: calendarDay(hold.until, locale), reason: hold.reason })
		: m.common_none();
}
