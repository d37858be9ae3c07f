// One complaint in the back office: the record and its trail through the record API (rules restrict them
// to staff of the item's site), and the workflow routes that change it and write its trail in one go.
import * as z from 'zod/mini';
import { ACK_STATUSES } from '$lib/domain/complaint';
import { parseAnswer } from './answer';
import { readAll, readOne } from './records';
import { pb } from './client';
import { fetchInbox, type InboxItem } from './inbox';

/** A complaint_events record with its actor's name (`expand: 'actor'`). */
export const trailEventSchema = z.object({
	id: z.string(),
	type: z.string(),
	actor: z.string(),
	data: z.unknown(),
	created: z.string(),
	expand: z.optional(z.object({ actor: z.optional(z.object({ name: z.optional(z.string()) })) }))
});
export type TrailEvent = z.infer<typeof trailEventSchema>;

/** A member of staff as the assignment list reads them. */
export const staffMemberSchema = z.object({
	id: z.string(),
	name: z.string(),
	role: z.string(),
	sites: z.optional(z.array(z.string()))
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

const named = z.object({ name: z.string() });

/** A complaint with its relations' names; collectionId lets the SDK build its attachments' URLs. */
export const complaintRecordSchema = z.object({
	id: z.string(),
	collectionId: z.string(),
	collectionName: z.string(),
	reference: z.string(),
	kind: z.string(),
	channel: z.string(),
	status: z.string(),
	site: z.string(),
	reception_point: z.string(),
	engagement: z.string(),
	service: z.string(),
	subject: z.string(),
	description: z.string(),
	contact_name: z.string(),
	contact_email: z.string(),
	contact_address: z.string(),
	contact_phone: z.string(),
	received_at: z.string(),
	deadline_at: z.string(),
	assignee: z.string(),
	answer: z.string(),
	answered_at: z.string(),
	answered_in_time: z.boolean(),
	attachments: z.array(z.string()),
	paused_days: z.number(),
	waiting_since: z.string(),
	expand: z.optional(
		z.object({
			site: z.optional(z.object({ name: z.string(), time_zone: z.string() })),
			engagement: z.optional(z.object({ number: z.number(), label: z.string() })),
			assignee: z.optional(named),
			reception_point: z.optional(named)
		})
	)
});
export type ComplaintRecord = z.infer<typeof complaintRecordSchema>;

/** The detail page's load depends on it: invalidated after each action. */
export const COMPLAINT_DEPENDENCY = 'qep:complaint';

export interface ComplaintDetail {
	complaint: ComplaintRecord;
	/** The deadline's urgency and working days left, from the server's calendar of the site. */
	urgency: Pick<InboxItem, 'urgency' | 'days_left'> | null;
	events: TrailEvent[];
	staff: StaffMember[];
}

/** The complaint, its trail (oldest first) and the staff; throws the SDK error (404 outside the caller's sites). */
export async function loadDetail(id: string): Promise<ComplaintDetail> {
	const [complaint, events, staff] = await Promise.all([
		readOne('complaints', id, complaintRecordSchema, { expand: 'site,engagement,assignee,reception_point' }),
		readAll('complaint_events', trailEventSchema, {
			filter: pb.filter('complaint = {:id}', { id }),
			sort: 'created',
			expand: 'actor'
		}),
		readAll('staff', staffMemberSchema, { sort: 'name' })
	]);
	// The server counts working days in the site's calendar; its inbox line for this reference says it.
	const line = await fetchInbox({ status: 'all', q: complaint.reference })
		.then(({ items }) => items.find((item) => item.id === id) ?? null)
		.catch(() => null);
	const urgency = line && { urgency: line.urgency, days_left: line.days_left };
	return { complaint, events, staff, urgency };
}

/** A short-lived token for the protected attachments. */
export function fileToken(): Promise<string> {
	return pb.files.getToken({ requestKey: null });
}

/** The URL of a protected attachment. */
export function attachmentUrl(complaint: ComplaintRecord, name: string, token: string): string {
	return pb.files.getURL(complaint, name, { token });
}

const act = (id: string, action: string, body: Record<string, string>) =>
	pb.send<unknown>(`/api/qep/complaints/${encodeURIComponent(id)}/${action}`, {
		method: 'POST',
		body,
		requestKey: null
	});

/** Moves the item to `to`; 400 `to: invalid_transition` when the workflow does not allow it. */
export const changeStatus = (id: string, to: string) => act(id, 'status', { to });
/** Assigns the item to a colleague ('' removes the assignment); 400 `assignee: unknown`. */
export const assign = (id: string, assignee: string) => act(id, 'assign', { assignee });
/** Adds an internal note to the trail; 400 `text: required | too_long`. */
export const addNote = (id: string, text: string) => act(id, 'notes', { text });

const answeredSchema = z.object({ mail: z.enum(ACK_STATUSES) });
export type MailOutcome = z.infer<typeof answeredSchema>['mail'];

/** Answers the requester (stored, e-mailed when possible); resolves with the e-mail's outcome. */
export async function answer(id: string, text: string): Promise<MailOutcome> {
	return parseAnswer(answeredSchema, await act(id, 'answer', { text })).mail;
}
