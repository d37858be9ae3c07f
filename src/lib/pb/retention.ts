// The retention's coming erasures and the administrators' holds (pocketbase/pb_hooks/15_holds.pb.js):
// GET /api/qep/retention/expiring and POST /api/qep/complaints/{id}/hold. Answers are parsed here, the
// routes' contract being theirs alone; refusals come back as thrown SDK errors (see lib/admin/retention.ts).
import * as z from 'zod/mini';
import { COMPLAINT_KINDS } from '$lib/domain/complaint';
import { DAY_PATTERN } from '$lib/domain/fields';
import { pb } from './client';
import { parseAnswer } from './answer';

/** An administrator's hold: the item is not anonymised through `until` (a calendar day). */
export const holdSchema = z.object({ until: z.string().check(z.regex(DAY_PATTERN)), reason: z.string() });

export const expiringItemSchema = z.object({
	id: z.string(),
	reference: z.string(),
	kind: z.enum(COMPLAINT_KINDS),
	site: z.string(),
	siteName: z.string(),
	status: z.enum(['answered', 'closed']),
	/** ISO instants: the last action, and when the nightly job will erase the personal data. */
	lastActivityAt: z.string(),
	expiresAt: z.string(),
	/** The citizen asked for the erasure while the item was held: due the night after the hold ends. */
	erasureRequested: z.boolean(),
	hold: z.nullable(holdSchema)
});

export const expiringSchema = z.object({
	retentionMonths: z.int(),
	days: z.int(),
	/** Soonest erasure first. */
	items: z.array(expiringItemSchema)
});

const holdAnswerSchema = z.object({
	complaint: z.object({ id: z.string(), hold_until: z.string(), hold_reason: z.string() })
});

export type Hold = z.infer<typeof holdSchema>;
export type ExpiringItem = z.infer<typeof expiringItemSchema>;
export type Expiring = z.infer<typeof expiringSchema>;
export type HoldState = z.infer<typeof holdAnswerSchema>['complaint'];

/** The items anonymised within `days` days (1–365), held ones included (referents and admins). */
export async function expiring(days: number): Promise<Expiring> {
	const answer = await pb.send('/api/qep/retention/expiring', { query: { days }, requestKey: null });
	return parseAnswer(expiringSchema, answer);
}

/** Holds an item through `until` ('YYYY-MM-DD') for `reason` (admins only); '' as `until` releases it. */
export async function hold(id: string, until: string, reason: string): Promise<HoldState> {
	const answer = await pb.send(`/api/qep/complaints/${encodeURIComponent(id)}/hold`, {
		method: 'POST',
		body: { until, reason },
		requestKey: null
	});
	return parseAnswer(holdAnswerSchema, answer).complaint;
}

/** Releases an item's hold (admins only): the retention applies to it again. */
export const release = (id: string): Promise<HoldState> => hold(id, '', '');
