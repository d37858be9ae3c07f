// Receipts the server gave for complaints, and the live state of one submission for the screens.
import { liveQuery, type Subscription } from 'dexie';
import type { Receipt } from '$lib/domain/submission';
import type { OutboxItem, QepDatabase } from './database';

/** Where a submission is: waiting on the device, refused, or received by the server (with its receipt). */
export type SubmissionStatus =
	| { state: 'queued' }
	| { state: 'rejected'; errors: Record<string, string>; item: OutboxItem }
	| { state: 'received'; receipt: Receipt | null };

/** The receipt for a complaint id, or null. */
export async function get(db: QepDatabase, id: string): Promise<Receipt | null> {
	return (await db.receipts.get(id))?.receipt ?? null;
}

/** Forgets a receipt (a kiosk clears its screen for the next visitor). */
export async function remove(db: QepDatabase, id: string): Promise<void> {
	await db.receipts.delete(id);
}

/** The submission's status now, read in one transaction so that a settle is seen whole. */
export function statusOf(db: QepDatabase, id: string): Promise<SubmissionStatus> {
	return db.transaction('r', db.outbox, db.rejected, db.receipts, async () => {
		const [queued, rejected, receipt] = await Promise.all([
			db.outbox.get(id),
			db.rejected.get(id),
			db.receipts.get(id)
		]);
		if (queued) return { state: 'queued' } as const;
		if (rejected) {
			const { errors, rejectedAt: _rejectedAt, ...item } = rejected;
			return { state: 'rejected', errors, item: item as OutboxItem } as const;
		}
		return { state: 'received', receipt: receipt?.receipt ?? null } as const;
	});
}

/**
 * Calls `onchange` with the submission's status now and whenever it changes, in this tab or another
 * (Dexie's liveQuery). Returns the function that stops watching.
 */
export function watch(db: QepDatabase, id: string, onchange: (status: SubmissionStatus) => void): () => void {
	const subscription: Subscription = liveQuery(() => statusOf(db, id)).subscribe({
		next: onchange,
		error: (error: unknown) => console.warn('Submission status not readable.', error)
	});
	return () => subscription.unsubscribe();
}
