// The operations status for administrators (pocketbase/pb_hooks/lib/ops-route.js): read it, or run the
// alert watch at once. Answers are parsed with the domain's schema; refusals come back as thrown SDK errors.
import * as z from 'zod/mini';
import { opsStatusSchema, type OpsStatus } from '$lib/domain/operations';
import { pb } from './client';
import { parseAnswer } from './answer';

const checkSchema = z.object({
	raised: z.array(z.string()),
	cleared: z.array(z.string()),
	status: opsStatusSchema
});

/** What a check did: the alerts it raised (e-mailed) and cleared, by key, and the status after it. */
export type CheckOutcome = z.infer<typeof checkSchema>;

/** The status now (admins only: 401/403 otherwise). */
export async function status(): Promise<OpsStatus> {
	return parseAnswer(opsStatusSchema, await pb.send('/api/qep/status', { requestKey: null }));
}

/** Runs the alert watch now (admins only). */
export async function check(): Promise<CheckOutcome> {
	return parseAnswer(
		checkSchema,
		await pb.send('/api/qep/status/check', { method: 'POST', requestKey: null })
	);
}
