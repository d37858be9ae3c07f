// GET /api/qep/inbox: the complaints and information requests of the caller's sites, next deadline first.
import * as z from 'zod/mini';
import { parseAnswer } from './answer';
import { readAll } from './records';
import { pb } from './client';
import * as engagements from './engagements';
import type { Engagement } from './types';

/** The inbox page's load depends on it: the realtime subscription and the retry button invalidate it. */
export const INBOX_DEPENDENCY = 'qep:inbox';

const itemSchema = z.object({
	id: z.string(),
	reference: z.string(),
	kind: z.string(),
	channel: z.string(),
	status: z.string(),
	site: z.string(),
	site_name: z.string(),
	service: z.string(),
	engagement: z.string(),
	subject: z.string(),
	contact_name: z.string(),
	received_at: z.string(),
	deadline_at: z.string(),
	assignee: z.string(),
	assignee_name: z.string(),
	urgency: z.string(),
	days_left: z.nullable(z.number())
});
export type InboxItem = z.infer<typeof itemSchema>;

const count = z.int().check(z.minimum(0));
export const inboxSchema = z.object({
	items: z.array(itemSchema),
	page: z.int(),
	perPage: z.int(),
	totalItems: count,
	counts: z.object({
		received: count,
		in_progress: count,
		waiting: count,
		answered: count,
		closed: count,
		due_soon: count,
		overdue: count
	})
});
export type Inbox = z.infer<typeof inboxSchema>;

/**
 * One page of the inbox (`params`: desk/inbox-query's apiParams); throws the SDK error (400 with filter
 * codes, 401) or a zod error.
 */
export async function fetchInbox(params: Record<string, string>): Promise<Inbox> {
	const answer = await pb.send('/api/qep/inbox', { query: params, requestKey: null });
	return parseAnswer(inboxSchema, answer);
}

const siteOptionSchema = z.object({ id: z.string(), name: z.string(), time_zone: z.string() });
export type SiteOption = z.infer<typeof siteOptionSchema>;

let sites: Promise<SiteOption[]> | null = null;

/** Every site with its time zone (public reference data, fetched once per app start). */
export function listSites(): Promise<SiteOption[]> {
	sites ??= readAll('sites', siteOptionSchema, { sort: 'name' }).catch((error: unknown) => {
		sites = null;
		throw error;
	});
	return sites;
}

let engagementList: Promise<Engagement[]> | null = null;

/** Every Qual-e-pref engagement, in framework order (fetched once per app start). */
export function listEngagements(): Promise<Engagement[]> {
	engagementList ??= engagements.list().catch((error: unknown) => {
		engagementList = null;
		throw error;
	});
	return engagementList;
}

/**
 * Calls `listener` on each change to a complaint the caller may see (PocketBase realtime); resolves with
 * the unsubscriber once subscribed, rejects when the server cannot be reached.
 */
export function watchComplaints(
	listener: (change: { action: string; id: string }) => void
): Promise<() => Promise<void>> {
	return pb
		.collection('complaints')
		.subscribe('*', (event) => listener({ action: event.action, id: event.record.id }));
}
