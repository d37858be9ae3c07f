// What a citizen's device sends for a complaint or an information request (POST /api/qep/complaints).
// Limits and codes are the contract's: the limits and the e-mail pattern are read from the file the hooks
// read too (pocketbase/pb_hooks/lib/limits.json), and complaint-limits.parity.spec.ts holds every verdict
// and code to the server's (pocketbase/pb_hooks/lib/complaint-check.js). The device trims the texts, the
// e-mail and the phone before it sends them; the server judges what it receives.
import * as z from 'zod/mini';
import SHARED from '../../../pocketbase/pb_hooks/lib/limits.json';
import { codesOf, type FieldCodes } from './error-codes';
import { ID_PATTERN, LANGUAGES } from './fields';
import { ATTACHMENTS as STORED_ATTACHMENTS, PHONE_PATTERN } from './complaint';
import { STAFF_CHANNELS, receiptWindow, receiptWindowAnywhere, receivedOnCode } from './receipt-date';
import { optionalTrimmed, trimmed } from './submission-fields';
import { isCleanText, isInstant } from './values';

export const COMPLAINT_SUBMISSION_KINDS = ['complaint', 'information'] as const;
export type ComplaintSubmissionKind = (typeof COMPLAINT_SUBMISSION_KINDS)[number];
/** Channels a device may use; staff channels (paper, letter…) come with the back office. */
export const DEVICE_CHANNELS = ['web', 'kiosk'] as const;
/** Every channel a complaint may arrive by: the visitor's own, and what agents transcribe. */
export const SUBMISSION_CHANNELS = [...DEVICE_CHANNELS, ...STAFF_CHANNELS] as const;

/** 32 random bytes, base64url without padding: the private tracking link's secret. */
export const TRACKING_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Text limits, for the form's hints and messages (the server's own, from limits.json). */
export const COMPLAINT_LIMITS: Readonly<
	Record<
		'service' | 'subject' | 'description' | 'contact_name' | 'contact_email' | 'contact_address',
		{ readonly min: number; readonly max: number }
	>
> = SHARED.complaint;

/** The server's e-mail pattern: ASCII, no dot first, last or doubled, a letters-only top domain. */
export const EMAIL_PATTERN = new RegExp(SHARED.email_pattern);

const isMissing = (value: unknown) => value === undefined || value === null || value === '';
/** As the server: missing (absent, null or '') is `required`, anything else wrong `invalid`. */
const requiredOr = (issue: { input: unknown }) => (isMissing(issue.input) ? 'required' : 'invalid');
/** An optional field left out is the empty value, as the server reads it. */
const absentAsEmpty = (value: unknown) => (value === undefined ? '' : value);
/** An optional text left out or null is the empty text, as the server reads it. */
const nullAsEmpty = (value: unknown) => (value === undefined || value === null ? '' : value);

/** Classic zod's `z.preprocess`, which zod/mini lacks: `fn` reads the value first, `schema` judges the result. */
const preprocess = <S extends z.core.$ZodType>(fn: (value: unknown) => unknown, schema: S) =>
	z.pipe(z.transform(fn), schema);

/** '' or a record id that the server knows: anything else is `unknown` to it. */
const optionalKnownId = () =>
	preprocess(
		absentAsEmpty,
		z.union([z.literal(''), z.string().check(z.regex(ID_PATTERN, 'unknown'))], { error: 'unknown' })
	);

/** '' or an e-mail address, trimmed: clean text first, then its length, then its shape (as the server). */
const contactEmail = () =>
	preprocess(
		absentAsEmpty,
		z.string({ error: 'invalid' }).check(
			z.trim(),
			z.refine(isCleanText, 'invalid'),
			z.maxLength(COMPLAINT_LIMITS.contact_email.max, 'too_long'),
			z.refine((value) => value === '' || EMAIL_PATTERN.test(value), 'invalid')
		)
	);

export const complaintSubmissionSchema = z
	.object({
		// As the server: missing is `required`, anything else outside the list `invalid`.
		kind: z.enum(COMPLAINT_SUBMISSION_KINDS, {
			error: (issue) =>
				issue.input === undefined || issue.input === null || issue.input === '' ? 'required' : 'invalid'
		}),
		channel: z.enum(SUBMISSION_CHANNELS, { error: 'invalid' }),
		// Staff channels only: the original receipt date 'YYYY-MM-DD' (see receipt-date.ts).
		received_on: z.optional(z.string({ error: 'invalid' })),
		// The server knows no site by that name, whatever was sent.
		site: z.string({ error: 'unknown' }).check(z.regex(ID_PATTERN, 'unknown')),
		reception_point: optionalKnownId(),
		engagement: optionalKnownId(),
		service: preprocess(nullAsEmpty, optionalTrimmed(COMPLAINT_LIMITS.service.max)),
		subject: trimmed(COMPLAINT_LIMITS.subject.min, COMPLAINT_LIMITS.subject.max),
		description: trimmed(COMPLAINT_LIMITS.description.min, COMPLAINT_LIMITS.description.max),
		contact_name: trimmed(COMPLAINT_LIMITS.contact_name.min, COMPLAINT_LIMITS.contact_name.max),
		contact_email: contactEmail(),
		contact_address: preprocess(nullAsEmpty, optionalTrimmed(COMPLAINT_LIMITS.contact_address.max)),
		// Trimmed first: spaces alone are no phone number, as the server stores them.
		contact_phone: preprocess(
			(value) => (typeof value === 'string' ? value.trim() : absentAsEmpty(value)),
			z.union([z.literal(''), z.string().check(z.regex(PHONE_PATTERN))], { error: 'invalid' })
		),
		language: z.enum(LANGUAGES, { error: requiredOr }),
		tracking_token: z
			.string({ error: requiredOr })
			.check(z.minLength(1, 'required'), z.regex(TRACKING_TOKEN_PATTERN, 'invalid')),
		// The device's clock: a real instant, years 2000–2100, as the server checks it.
		submitted_at: z
			.string({ error: requiredOr })
			.check(z.minLength(1, 'required'), z.refine(isInstant, 'invalid')),
		nickname: preprocess(absentAsEmpty, z.literal('', { error: 'spam' }))
	})
	.check(
		z.superRefine(
			(value, ctx) => {
				// Not even an object (a hostile or corrupt row): the object's own check has said so.
				if (typeof value !== 'object' || value === null) return;
				// The fields may hold anything here when their own checks failed: no string, no contact.
				const given = (text: unknown) => typeof text === 'string' && text.trim() !== '';
				if (!given(value.contact_email) && !given(value.contact_address))
					ctx.addIssue({ code: 'custom', path: ['contact_email'], message: 'contact_required' });
				// Without the site's time zone here, the window is the widest one; complaintCodes() narrows it.
				const receivedOn = receivedOnCode(value.received_on, value.channel, receiptWindowAnywhere());
				if (receivedOn) ctx.addIssue({ code: 'custom', path: ['received_on'], message: receivedOn });
			},
			// Run even when other fields are wrong, so that the form shows every problem at once.
			{ when: () => true }
		)
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
	// A filled honeypot is answered with that alone, as the server answers it.
	if (codes.form === 'spam') return { form: 'spam' };
	if (today && data && typeof data === 'object') {
		const { received_on, channel } = data as Record<string, unknown>;
		const code = receivedOnCode(received_on, channel, receiptWindow(today));
		if (code) codes.received_on ??= code;
	}
	const fileCode = attachmentsCode(files);
	return fileCode ? { ...codes, attachments: fileCode } : codes;
}
