// The rights of persons (RGPD art. 15–17): what is held about a person and its export, the rectification
// of a complaint's contact, erasure on request (pocketbase/pb_hooks/16_rights.pb.js), and the erasure a
// citizen asks from the tracking page. Answers are parsed here, the routes' contract being theirs alone;
// refusals come back as thrown SDK errors (see lib/admin/rights-*.ts and the tracking page).
import * as z from 'zod/mini';
import { COMPLAINT_KINDS, COMPLAINT_STATUSES } from '$lib/domain/complaint';
import { pb } from './client';
import { parseAnswer } from './answer';

/** Who the search is about: an e-mail address, or one complaint's reference. */
export type RightsQuery = { email: string } | { reference: string };

/** A complaint's contact fields, the ones an administrator may correct. */
export const CONTACT_FIELDS = ['contact_name', 'contact_email', 'contact_phone', 'contact_address'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type Contact = Record<ContactField, string>;

const siteSchema = z.object({ id: z.string(), name: z.string() });

/** One trail event as the export tells it: the actor's name ('' for the system or the citizen). */
export const trailItemSchema = z.object({
	type: z.string(),
	at: z.string(),
	actor: z.string(),
	data: z.unknown()
});

const attachmentSchema = z.object({ name: z.string(), size: z.int().check(z.minimum(0)) });
/** An attachment in the export: its bytes in base64 and its MIME type. */
const exportedAttachmentSchema = z.extend(attachmentSchema, { type: z.string(), content: z.string() });

const complaintOf = <A extends z.ZodMiniType>(attachment: A) =>
	z.object({
		id: z.string(),
		reference: z.string(),
		kind: z.enum(COMPLAINT_KINDS),
		channel: z.string(),
		status: z.enum(COMPLAINT_STATUSES),
		site: siteSchema,
		service: z.string(),
		subject: z.string(),
		description: z.string(),
		contact_name: z.string(),
		contact_email: z.string(),
		contact_phone: z.string(),
		contact_address: z.string(),
		/** ISO instants, '' when unset. */
		received_at: z.string(),
		deadline_at: z.string(),
		answered_at: z.string(),
		answer: z.string(),
		anonymised_at: z.string(),
		/** An administrator's hold: a calendar day and a reason, '' when none. */
		hold_until: z.string(),
		hold_reason: z.string(),
		erasure_requested_at: z.string(),
		attachments: z.array(attachment),
		/** Oldest first. */
		trail: z.array(trailItemSchema)
	});

export const heldComplaintSchema = complaintOf(attachmentSchema);
export const exportedComplaintSchema = complaintOf(exportedAttachmentSchema);

export const heldSuggestionSchema = z.object({
	id: z.string(),
	site: siteSchema,
	channel: z.string(),
	/** 'YYYY-MM-DD'. */
	day: z.string(),
	text: z.string(),
	email: z.string(),
	status: z.string(),
	anonymised_at: z.string()
});

const querySchema = z.union([
	z.strictObject({ email: z.string() }),
	z.strictObject({ reference: z.string() })
]);

const answerOf = <C extends z.ZodMiniType>(complaint: C) =>
	z.object({
		query: querySchema,
		generatedAt: z.string(),
		/** Newest received first. */
		complaints: z.array(complaint),
		suggestions: z.array(heldSuggestionSchema)
	});

export const rightsSchema = answerOf(heldComplaintSchema);
export const rightsExportSchema = answerOf(exportedComplaintSchema);

export type TrailItem = z.infer<typeof trailItemSchema>;
export type HeldComplaint = z.infer<typeof heldComplaintSchema>;
export type ExportedComplaint = z.infer<typeof exportedComplaintSchema>;
export type ExportedAttachment = z.infer<typeof exportedAttachmentSchema>;
export type HeldSuggestion = z.infer<typeof heldSuggestionSchema>;
export type Rights = z.infer<typeof rightsSchema>;
export type RightsExport = z.infer<typeof rightsExportSchema>;

const correctedSchema = z.object({
	complaint: z.object({
		id: z.string(),
		contact_name: z.string(),
		contact_email: z.string(),
		contact_phone: z.string(),
		contact_address: z.string()
	})
});
const erasedComplaintSchema = z.object({
	complaint: z.object({ id: z.string(), anonymised_at: z.string() })
});
const erasedSuggestionSchema = z.object({
	suggestion: z.object({ id: z.string(), anonymised_at: z.string() })
});
const trackErasureSchema = z.object({ outcome: z.enum(['erased', 'deferred']) });

export type TrackErasure = z.infer<typeof trackErasureSchema>['outcome'];

const path = (collection: string, id: string, action: string) =>
	`/api/qep/${collection}/${encodeURIComponent(id)}/${action}`;

const post = (url: string, body: Record<string, unknown>) =>
	pb.send<unknown>(url, { method: 'POST', body, requestKey: null });

/** Everything held about the person (admins only). */
export async function find(query: RightsQuery): Promise<Rights> {
	const answer = await pb.send('/api/qep/rights', { query, requestKey: null });
	return parseAnswer(rightsSchema, answer);
}

/**
 * The same with each attachment's bytes (admins only): the parsed answer, and the answer as the server
 * gave it, for the person's copy (a file of the export keeps every field the server sent).
 */
export async function exportOf(query: RightsQuery): Promise<{ data: RightsExport; json: string }> {
	const answer = await pb.send('/api/qep/rights/export', { query, requestKey: null });
	return { data: parseAnswer(rightsExportSchema, answer), json: JSON.stringify(answer, null, 2) };
}

/** Corrects some of a complaint's contact fields (admins only); the complaint's contact as it now stands. */
export async function correctContact(
	id: string,
	changes: Partial<Contact>
): Promise<Contact & { id: string }> {
	return parseAnswer(correctedSchema, await post(path('complaints', id, 'contact'), changes)).complaint;
}

/** Erases a complaint's personal data now, for `reason` (admins only); when it was anonymised. */
export async function eraseComplaint(id: string, reason: string): Promise<string> {
	return parseAnswer(erasedComplaintSchema, await post(path('complaints', id, 'erase'), { reason })).complaint
		.anonymised_at;
}

/** Erases a suggestion's e-mail and text now, for `reason` (admins only); when it was anonymised. */
export async function eraseSuggestion(id: string, reason: string): Promise<string> {
	return parseAnswer(erasedSuggestionSchema, await post(path('suggestions', id, 'erase'), { reason }))
		.suggestion.anonymised_at;
}

/**
 * The citizen's own erasure, with the credentials their tracking page used: `erased` at once, or
 * `deferred` while an administrator holds the item for a legal reason.
 */
export async function eraseTracked(
	body: { token: string } | { reference: string; email: string }
): Promise<TrackErasure> {
	return parseAnswer(trackErasureSchema, await post('/api/qep/track/erase', body)).outcome;
}
