// Threshold alerts (issue 18): the live ones the caller may see (the record API's rules: managers all,
// agents their sites'), their life-cycle routes, and the realtime feed of new ones.
import * as z from 'zod/mini';
import { alertSchema } from '$lib/domain/alerts';
import { parseAnswer } from './answer';
import { pb } from './client';
import { readAll } from './records';

/** The pages that show alerts depend on it: the routes' successes and the realtime feed invalidate it. */
export const ALERTS_DEPENDENCY = 'qep:alerts';

const named = z.object({ name: z.string() });

/** An alert as stored (PocketBase writes '' for "none"), with its places' names. */
export const alertRecordSchema = z.extend(z.required(alertSchema), {
	id: z.string(),
	created: z.string(),
	expand: z.optional(
		z.object({
			site: z.optional(named),
			reception_point: z.optional(named),
			engagement: z.optional(z.object({ number: z.number(), label: z.string() })),
			kiosk: z.optional(named)
		})
	)
});
export type AlertRecord = z.infer<typeof alertRecordSchema>;

const EXPAND = 'site,reception_point,engagement,kiosk';

/** The alerts not closed yet: the new ones first, then the acknowledged; the latest first in each. */
export async function liveAlerts(): Promise<AlertRecord[]> {
	const alerts = await readAll('alerts', alertRecordSchema, {
		filter: 'status != "closed"',
		sort: '-created',
		expand: EXPAND
	});
	return [...alerts.filter((a) => a.status === 'open'), ...alerts.filter((a) => a.status !== 'open')];
}

const act = (id: string, step: string, body: Record<string, string>) =>
	pb.send<unknown>(`/api/qep/alerts/${encodeURIComponent(id)}/${step}`, {
		method: 'POST',
		body,
		requestKey: null
	});

/** Acknowledges an open alert; 400 `comment: too_long…`, `status: acknowledged | closed`. */
export const acknowledgeAlert = (id: string, comment: string) => act(id, 'acknowledge', { comment });

/** Closes an alert with a reason (referents and admins); 400 `reason: required | too_short | too_long`. */
export const closeAlert = (id: string, reason: string) => act(id, 'close', { reason });

const madeSchema = z.object({ action: z.string().check(z.minLength(1)) });

/** Makes the action of the plan from the alert (referents and admins); resolves with the action's id. */
export async function actionFromAlert(id: string): Promise<string> {
	return parseAnswer(madeSchema, await act(id, 'action', {})).action;
}

/**
 * Calls `listener` on each alert the caller may see that opens or changes (PocketBase realtime); resolves
 * with the unsubscriber once subscribed, rejects when the server cannot be reached.
 */
export function watchAlerts(
	listener: (change: { action: string; id: string; kind: string }) => void
): Promise<() => Promise<void>> {
	return pb
		.collection('alerts')
		.subscribe('*', (event) =>
			listener({ action: event.action, id: event.record.id, kind: String(event.record.kind ?? '') })
		);
}
