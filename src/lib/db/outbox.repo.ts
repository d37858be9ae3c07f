// Outbox verbs. Every write runs in an explicit transaction: its promise resolves once IndexedDB committed,
// which is the moment a submission may be called saved.
import Dexie from 'dexie';
import type { IngestResult } from '$lib/domain/submission';
import type { OutboxItem, OutboxRow, QepDatabase, ReceiptRow, RejectedRow } from './database';
import { outboxRow } from './direct';

/** Stores a new submission; resolves after the transaction committed. Same id twice keeps the first. */
export async function add(db: QepDatabase, item: OutboxItem, now: number = Date.now()): Promise<void> {
	try {
		// One request in its own transaction: the shortest path to a committed write.
		await db.outbox.add(outboxRow(item, now));
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

/** Forgets a refused item (its author sent a corrected one). */
export async function forgetRejected(db: QepDatabase, id: string): Promise<void> {
	await db.rejected.delete(id);
}

/**
 * Applies the server's verdicts: confirmed items (created or duplicate) leave the outbox, their receipts
 * (complaints) are kept, refused ones move to `rejected`, in one transaction. Items without a verdict stay.
 */
export async function settle(
	db: QepDatabase,
	results: IngestResult[],
	now: number = Date.now()
): Promise<void> {
	const ids = results.map((r) => r.id);
	await db.transaction('rw', db.outbox, db.rejected, db.receipts, async () => {
		// Bulk requests: a few IndexedDB round trips per batch rather than two per item.
		const rows = await db.outbox.bulkGet(ids);
		const rejected: RejectedRow[] = [];
		const receipts: ReceiptRow[] = [];
		results.forEach((result, i) => {
			const row = rows[i];
			if (result.status === 'rejected') {
				if (row) rejected.push({ ...withoutQueueFields(row), errors: result.errors, rejectedAt: now });
			} else if (result.receipt) {
				// A replay answers with the same receipt: the row is simply written again.
				receipts.push({ id: result.id, receipt: result.receipt, savedAt: now });
			}
		});
		if (rejected.length > 0) await db.rejected.bulkPut(rejected);
		if (receipts.length > 0) await db.receipts.bulkPut(receipts);
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

/** The item as it was submitted, without the outbox's bookkeeping. */
function withoutQueueFields(row: OutboxRow): OutboxItem {
	const { createdAt: _createdAt, attempts: _attempts, ...item } = row;
	return item as OutboxItem;
}
