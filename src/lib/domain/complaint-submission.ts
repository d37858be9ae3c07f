// What a citizen's device sends for a complaint or an information request (POST /api/qep/complaints).
// Limits and codes are the contract's (see pocketbase/pb_hooks): the server checks the same rules.
import { z } from 'zod';
import { codesOf, type FieldCodes } from './error-codes';
import { LANGUAGES } from './fields';
import { ATTACHMENTS as STORED_ATTACHMENTS, PHONE_PATTERN } from './complaint';
import { STAFF_CHANNELS, receiptWindow, receiptWindowAnywhere, receivedOnCode } from './receipt-date';
import { email, idCode, optionalIdCode, optionalTrimmed, trimmed } from './submission-fields';
import { isInstant } from './values';

export const COMPLAINT_SUBMISSION_KINDS = ['complaint', 'information'] as const;
export type ComplaintSubmissionKind = (typeof COMPLAINT_SUBMISSION_KINDS)[number];
/** Channels a device may use; staff channels (paper, letter…) come with the back office. */
export const DEVICE_CHANNELS = ['web', 'kiosk'] as const;
/** Every channel a complaint may arrive by: the visitor's own, and what agents transcribe. */
export const SUBMISSION_CHANNELS = [...DEVICE_CHANNELS, ...STAFF_CHANNELS] as const;

/** 32 random bytes, base64url without padding: the private tracking link's secret. */
export const TRACKING_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Text limits, for the form's hints and messages. */
export const COMPLAINT_LIMITS = {
	service: { min: 0, max: 120 },
	subject: { min: 3, max: 150 },
	description: { min: 10, max: 5000 },
	contact_name: { min: 2, max: 120 },
	contact_email: { min: 0, max: 254 },
	contact_address: { min: 0, max: 300 }
} as const;

export const complaintSubmissionSchema = z
	.object({
		// As the server: missing is `required`, anything else outside the list `invalid`.
		kind: z.enum(COMPLAINT_SUBMISSION_KINDS, {
			error: (issue) =>
				issue.input === undefined || issue.input === null || issue.input === '' ? 'required' : 'invalid'
		}),
		channel: z.enum(SUBMISSION_CHANNELS, { error: 'invalid' }),
		// Staff channels only: the original receipt date 'YYYY-MM-DD' (see receipt-date.ts).
		received_on: z.string({ error: 'invalid' }).optional(),
		site: idCode(),
		reception_point: optionalIdCode(),
		engagement: optionalIdCode(),
		service: optionalTrimmed(COMPLAINT_LIMITS.service.max),
		subject: trimmed(COMPLAINT_LIMITS.subject.min, COMPLAINT_LIMITS.subject.max),
		description: trimmed(COMPLAINT_LIMITS.description.min, COMPLAINT_LIMITS.description.max),
		contact_name: trimmed(COMPLAINT_LIMITS.contact_name.min, COMPLAINT_LIMITS.contact_name.max),
		contact_email: email(COMPLAINT_LIMITS.contact_email.max),
		contact_address: optionalTrimmed(COMPLAINT_LIMITS.contact_address.max),
		contact_phone: z.union([z.literal(''), z.string().trim().regex(PHONE_PATTERN)], { error: 'invalid' }),
		language: z.enum(LANGUAGES, { error: 'invalid' }),
		tracking_token: z.string({ error: 'invalid' }).regex(TRACKING_TOKEN_PATTERN, 'invalid'),
		// The device's clock: a real instant, years 2000–2100, as the server checks it.
		submitted_at: z.iso.datetime({ error: 'invalid' }).refine(isInstant, 'invalid'),
		nickname: z.literal('', { error: 'spam' })
	})
	.superRefine(
		(value, ctx) => {
			if (!value.contact_email && !value.contact_address?.trim())
				ctx.addIssue({ code: 'custom', path: ['contact_email'], message: 'contact_required' });
			// Without the site's time zone here, the window is the widest one; complaintCodes() narrows it.
			const receivedOn = receivedOnCode(value.received_on, value.channel, receiptWindowAnywhere());
			if (receivedOn) ctx.addIssue({ code: 'custom', path: ['received_on'], message: receivedOn });
		},
		// Run even when other fields are wrong, so that the form shows every problem at once.
		{ when: () => true }
	);
export type ComplaintSubmission = z.infer<typeof complaintSubmissionSchema>;

/**
 * Attachments: at most 3 files of at most 5 MB, PDF, JPEG or PNG (the server also sniffs contents). The
 * limits are the complaints collection's (complaint.ts, held to the migration by the contract test).
 */
export const ATTACHMENTS = {
	maxFiles: STORED_ATTACHMENTS.maxFiles,
	maxBytes: STORED_ATTACHMENTS.maxBytes,
	types: STORED_ATTACHMENTS.mimeTypes,
	extensions: ['.pdf', '.jpg', '.jpeg', '.png']
} as const;

/** The code for a set of files the device must refuse, or null when they may be sent. */
export function attachmentsCode(
	files: readonly { name: string; type: string; size: number }[]
): 'too_many_files' | 'file_too_large' | 'file_type' | null {
	if (files.length > ATTACHMENTS.maxFiles) return 'too_many_files';
	if (files.some((f) => !(ATTACHMENTS.types as readonly string[]).includes(f.type))) return 'file_type';
	if (files.some((f) => f.size > ATTACHMENTS.maxBytes || f.size === 0)) return 'file_too_large';
	return null;
}

/**
 * The contract's codes for a complaint and its files, or {} when the device may store it. `today`: the
 * site's date, which bounds a transcribed item's `received_on` exactly as the server will.
 */
export function complaintCodes(
	data: unknown,
	files: readonly { name: string; type: string; size: number }[] = [],
	today?: string
): FieldCodes {
	const result = complaintSubmissionSchema.safeParse(data);
	const codes: FieldCodes = result.success ? {} : codesOf(result.error);
	if (today && data && typeof data === 'object') {
		const { received_on, channel } = data as Record<string, unknown>;
		const code = receivedOnCode(received_on, channel, receiptWindow(today));
		if (code) codes.received_on ??= code;
	}
	const fileCode = attachmentsCode(files);
	return fileCode ? { ...codes, attachments: fileCode } : codes;
}
