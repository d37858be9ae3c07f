// What POST /api/qep/track answers about one complaint, to its author only (token, or reference + e-mail).
import * as z from 'zod/mini';
import { COMPLAINT_STATUSES, REFERENCE_PATTERN } from './complaint';
import { COMPLAINT_SUBMISSION_KINDS } from './complaint-submission';

export const trackedComplaintSchema = z.object({
	reference: z.string(),
	kind: z.enum(COMPLAINT_SUBMISSION_KINDS),
	status: z.enum(COMPLAINT_STATUSES),
	subject: z.string(),
	description: z.string(),
	service: z._default(z.optional(z.string()), ''),
	site: z.object({
		name: z.string(),
		contact_email: z._default(z.optional(z.string()), ''),
		contact_address: z._default(z.optional(z.string()), ''),
		time_zone: z.string()
	}),
	received_at: z.string(),
	deadline_at: z.string(),
	answer: z._default(z.optional(z.string()), ''),
	answered_at: z._default(z.optional(z.string()), '')
});
export type TrackedComplaint = z.infer<typeof trackedComplaintSchema>;

/**
 * Invisible marks that set the direction of text: an Arabic page wraps references and addresses in them, so
 * that they read left to right; copied with them, they must not make a reference "invalid".
 */
export const DIRECTION_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const typed = z.pipe(
	z.string(),
	z.transform((text: string) => text.replace(DIRECTION_MARKS, '').trim())
);

/** What the form checks before asking the server. */
export const trackingQuerySchema = z.object({
	reference: z.pipe(typed, z.string().check(z.toUpperCase(), z.regex(REFERENCE_PATTERN, 'invalid'))),
	email: z.pipe(typed, z.email('invalid'))
});
