// Transcribing what arrived outside the app (a paper form, a letter, a call, an e-mail) as a complaint or an
// information request: its channel, its original receipt date, and the messages for their errors.
import { fieldMessage } from '$lib/citizen/error-messages';
import { complaintCodes, type ComplaintSubmission } from '$lib/domain/complaint-submission';
import { dayIn } from '$lib/domain/day';
import type { FieldCodes } from '$lib/domain/error-codes';
import {
	MAX_RECEIPT_AGE_DAYS,
	receiptWindow,
	receivedOnCode,
	shiftDay,
	type StaffChannel
} from '$lib/domain/receipt-date';
import { m } from '$lib/i18n/messages';

/** The fields this form adds before the citizen's ones, for the error summary (field, control id). */
export const INTAKE_CONTROLS = {
	channel: 'intake-channel-letter',
	received_on: 'intake-received-on'
} as const;

/** The message next to `field` for the contract's `code`, worded for the agent where it differs. */
export function intakeMessage(field: string, code: string): string {
	if (field === 'received_on')
		return code === 'required'
			? m.admin_error_received_on_required()
			: m.admin_error_received_on_window({ max: MAX_RECEIPT_AGE_DAYS });
	if (field === 'channel') return m.admin_error_channel();
	if (code === 'wrong_site' || code === 'not_allowed') return m.admin_error_wrong_site();
	return fieldMessage(field, code);
}

/** Every field's message. */
export function intakeMessages(codes: FieldCodes): Record<string, string> {
	return Object.fromEntries(
		Object.entries(codes).map(([field, code]) => [field, intakeMessage(field, code)])
	);
}

/** The submission of a transcribed item: the citizen's form data, its channel and receipt date. */
export function transcription(
	data: ComplaintSubmission,
	channel: StaffChannel | '',
	receivedOn: string
): ComplaintSubmission {
	return { ...data, channel: channel as StaffChannel, received_on: receivedOn };
}

/**
 * The contract's codes for a transcription, or {} when it may be stored. The receipt date is checked even
 * before a channel is chosen (every channel of this form asks for it), so that both errors show at once.
 */
export function transcriptionCodes(
	data: ComplaintSubmission,
	files: readonly { name: string; type: string; size: number }[],
	today: string
): FieldCodes {
	const codes = complaintCodes(data, files, today);
	const receivedOn = receivedOnCode(data.received_on, 'letter', receiptWindow(today));
	if (receivedOn) codes.received_on ??= receivedOn;
	return codes;
}

/** The site's date today (its own time zone; before a site is chosen, the prefecture's metropolitan one). */
export function siteToday(timeZone: string | undefined, now: Date = new Date()): string {
	return dayIn(timeZone ?? 'Europe/Paris', now);
}

/** The earliest receipt date the server accepts when the site's date is `today` (the date input's `min`). */
export const earliestReceipt = (today: string) => shiftDay(today, -MAX_RECEIPT_AGE_DAYS);
