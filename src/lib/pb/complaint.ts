// One complaint in the back office: the record and its trail through the record API (rules restrict them
// to staff of the item's site), and the workflow routes that change it and write its trail in one go.
import type { RecordModel } from 'pocketbase';
import { pb } from './client';
import { fetchInbox, type InboxItem } from './inbox';

/** A complaint_events record as the SDK returns it with `expand: 'actor'`. */
export interface TrailEvent {
	id: string;
	type: string;
	actor: string;
	data: unknown;
	created: string;
	expand?: { actor?: { name?: string } };
}

/** A member of staff as the assignment list reads them. */
export interface StaffMember {
	id: string;
	name: string;
	role: string;
	sites?: string[];
}

export interface ComplaintRecord extends RecordModel {
	reference: string;
	kind: string;
	channel: string;
	status: string;
	site: string;
	reception_point: string;
	engagement: string;
	service: string;
	subject: string;
	description: string;
	contact_name: string;
	contact_email: string;
	contact_address: string;
	contact_phone: string;
	received_at: string;
	deadline_at: string;
	assignee: string;
	answer: string;
	answered_at: string;
	answered_in_time: boolean;
	attachments: string[];
	paused_days: number;
	waiting_since: string;
	expand?: {
		site?: { name: string; time_zone: string };
		engagement?: { number: number; label: string };
		assignee?: { name: string };
		reception_point?: { name: string };
	};
}

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
		pb.collection('complaints').getOne<ComplaintRecord>(id, {
			expand: 'site,engagement,assignee,reception_point',
			requestKey: null
		}),
		pb.collection('complaint_events').getFullList<TrailEvent>({
			filter: pb.filter('complaint = {:id}', { id }),
			sort: 'created',
			expand: 'actor',
			requestKey: null
		}),
		pb
			.collection('staff')
			.getFullList<StaffMember>({ fields: 'id,name,role,sites', sort: 'name', requestKey: null })
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

const act = <T>(id: string, action: string, body: Record<string, string>) =>
	pb.send<T>(`/api/qep/complaints/${encodeURIComponent(id)}/${action}`, {
		method: 'POST',
		body,
		requestKey: null
	});

/** Moves the item to `to`; 400 `to: invalid_transition` when the workflow does not allow it. */
export const changeStatus = (id: string, to: string) => act<unknown>(id, 'status', { to });
/** Assigns the item to a colleague ('' removes the assignment); 400 `assignee: unknown`. */
export const assign = (id: string, assignee: string) => act<unknown>(id, 'assign', { assignee });
/** Adds an internal note to the trail; 400 `text: required | too_long`. */
export const addNote = (id: string, text: string) => act<unknown>(id, 'notes', { text });

export type MailOutcome = 'sent' | 'failed' | 'not_requested' | 'not_configured';

/** Answers the requester (stored, e-mailed when possible); resolves with the e-mail's outcome. */
export async function answer(id: string, text: string): Promise<MailOutcome> {
	const { mail } = await act<{ mail: MailOutcome }>(id, 'answer', { text });
	return mail;
}
