// Complaints ("réclamations") and information requests, and their append-only event log.
import * as z from 'zod/mini';
import {
	LANGUAGES,
	json,
	optionalDate,
	optionalEmail,
	optionalRelation,
	optionalText,
	relation,
	text
} from './fields';

export const COMPLAINT_KINDS = ['complaint', 'information'] as const;
export const COMPLAINT_CHANNELS = ['web', 'kiosk', 'paper', 'letter', 'phone', 'email'] as const;
export const COMPLAINT_STATUSES = ['received', 'in_progress', 'waiting', 'answered', 'closed'] as const;
export const REFERENCE_PATTERN = /^\d{4}-[RI]-\d{6}$/;
export const PHONE_PATTERN = /^[0-9 +().-]{6,20}$/;
/** Outcome of the acknowledgement e-mail sent at receipt. */
export const ACK_STATUSES = ['sent', 'failed', 'not_requested', 'not_configured'] as const;
/** Files a complaint may carry: PocketBase checks the size and sniffs the content's type. */
export const ATTACHMENTS = {
	maxFiles: 3,
	maxBytes: 5242880,
	mimeTypes: ['application/pdf', 'image/jpeg', 'image/png']
} as const;

export const complaintSchema = z.object({
	kind: z.enum(COMPLAINT_KINDS),
	channel: z.enum(COMPLAINT_CHANNELS),
	site: relation('sites'),
	reception_point: optionalRelation('reception_points'),
	engagement: optionalRelation('engagements'),
	service: optionalText(120),
	subject: text(3, 150),
	description: text(10, 5000),
	contact_name: text(2, 120),
	contact_email: optionalEmail(),
	contact_address: optionalText(300),
	contact_phone: optionalText(20, PHONE_PATTERN),
	// Set by the server at receipt.
	reference: optionalText(20, REFERENCE_PATTERN),
	status: z.optional(z.union([z.enum(COMPLAINT_STATUSES), z.literal('')])),
	received_at: optionalDate(),
	deadline_at: optionalDate(),
	tracking_token_hash: optionalText(128),
	assignee: optionalRelation('staff'),
	answer: optionalText(10000),
	answered_at: optionalDate(),
	answered_in_time: z.optional(z.boolean()),
	// Stored file names (protected files: served with a file token to those who may view the complaint).
	attachments: z.optional(
		z
			.array(z.string())
			.check(
				z.maxLength(ATTACHMENTS.maxFiles),
				z.meta({ pb: 'file', maxSize: ATTACHMENTS.maxBytes, mimeTypes: [...ATTACHMENTS.mimeTypes] })
			)
	),
	// Language of the acknowledgement.
	language: z.optional(z.union([z.enum(LANGUAGES), z.literal('')])),
	ack_status: z.optional(z.union([z.enum(ACK_STATUSES), z.literal('')])),
	// The workflow's data: first change out of "received", the pause in progress, working days paused.
	first_response_at: optionalDate(),
	waiting_since: optionalDate(),
	paused_days: z.optional(z.int().check(z.minimum(0), z.maximum(3650))),
	/** Set by the retention job when the personal data was erased (server only). */
	anonymised_at: optionalDate(),
	/** An administrator's hold: kept past the retention until that day, for that reason. */
	hold_until: optionalText(10, /^\d{4}-\d{2}-\d{2}$/),
	hold_reason: optionalText(500),
	/** The citizen asked for erasure while the item was held: the retention job erases it when the hold ends. */
	erasure_requested_at: optionalDate()
});
export type Complaint = z.infer<typeof complaintSchema>;

export const COMPLAINT_EVENT_TYPES = [
	'received',
	'acknowledged',
	'assigned',
	'status_changed',
	'note',
	'answered',
	'deadline_moved',
	'anonymised',
	'held',
	'released',
	// The rights of persons: a rectification of the contact, an erasure asked while the item is held.
	'corrected',
	'erasure_requested'
] as const;

export const complaintEventSchema = z.object({
	complaint: relation('complaints'),
	actor: optionalRelation('staff'),
	type: z.enum(COMPLAINT_EVENT_TYPES),
	data: z.optional(json(z.record(z.string(), z.unknown())))
});
export type ComplaintEvent = z.infer<typeof complaintEventSchema>;
