// Outbox verbs. Every write runs in an explicit transaction: its promise resolves once IndexedDB committed,
// which is the moment a submission may be called saved.
import Dexie from 'dexie';
import type { IngestResult, SubmissionType, SurveySubmission } from '$lib/domain/submission';
import type { OutboxRow, QepDatabase, RejectedRow } from './database';

/** Stores a new submission; resolves after the transaction committed. Same id twice keeps the first. */
export async function add(
	db: QepDatabase,
	item: { id: string; type: SubmissionType; data: SurveySubmission },
	now: number = Date.now()
): Promise<void> {
	try {
		// One request in its own transaction: the shortest path to a committed write.
		await db.outbox.add({ ...item, createdAt: now, attempts: 0 });
	} catch (error) {
		if (!(error instanceof Dexie.ConstraintError)) throw error;
	}
}

/** The oldest pending items, at most `limit`. */
export function oldest(db: QepDatabase, limit: number): Promise<OutboxRow[]> {
	return db.outbox.orderBy('createdAt').limit(limit).toArray();
}

/** Number of items waiting to be sent. */
export function count(db: QepDatabase): Promise<number> {
	return db.outbox.count();
}

/** Number of items the server refused. */
export function rejectedCount(db: QepDatabase): Promise<number> {
	return db.rejected.count();
}

/** Items the server refused, most recent first. */
export function rejectedItems(db: QepDatabase): Promise<RejectedRow[]> {
	return db.rejected.orderBy('rejectedAt').reverse().toArray();
}

/**
 * Applies the server's verdicts: confirmed items (created or duplicate) leave the outbox, refused ones move
 * to `rejected`, in one transaction. Items without a verdict stay.
 */
export async function settle(
	db: QepDatabase,
	results: IngestResult[],
	now: number = Date.now()
): Promise<void> {
	const ids = results.map((r) => r.id);
	await db.transaction('rw', db.outbox, db.rejected, async () => {
		// Bulk requests: a few IndexedDB round trips per batch rather than two per item.
		const rows = await db.outbox.bulkGet(ids);
		const rejected: RejectedRow[] = [];
		results.forEach((result, i) => {
			const row = rows[i];
			if (row && result.status === 'rejected') {
				rejected.push({ id: row.id, type: row.type, data: row.data, errors: result.errors, rejectedAt: now });
			}
		});
		if (rejected.length > 0) await db.rejected.bulkPut(rejected);
		await db.outbox.bulkDelete(ids);
	});
}

/** Counts one more failed attempt for these items. */
export async function noteFailure(db: QepDatabase, ids: string[]): Promise<void> {
	await db.transaction('rw', db.outbox, async () => {
		await db.outbox
			.where('id')
			.anyOf(ids)
			.modify((row) => {
				row.attempts += 1;
			});
	});
}
