// Drains the outbox: oldest first, in batches, until it is empty or a send fails. An item leaves the
// outbox only once the server gave its verdict on it (created, duplicate → gone; rejected → set aside).
import { routeOf } from '$lib/domain/submission';
import type { OutboxItem, OutboxRow, QepDatabase } from '$lib/db/database';
import * as outbox from '$lib/db/outbox.repo';
import type { Health, Transport } from './transport';
import { SyncFailure, failureOf } from './transport';

export interface DrainResult {
	/** Items confirmed by the server during this drain. */
	confirmed: number;
	/** Items refused and set aside. */
	rejected: number;
	/** Why the drain stopped early, if it did. */
	failure: SyncFailure | null;
}

export interface EngineOptions {
	db: QepDatabase;
	/** The transport for an item: kiosk items travel with the kiosk's token. */
	transportFor: (channel: string) => Transport;
	batchSize?: number;
	/** Requests in flight at once: the server plans one batch while it writes the other. */
	concurrency?: number;
	/** What a kiosk says about itself; the engine adds what the outbox will hold once the batch is in. */
	health?: () => Promise<DeviceHealth | undefined>;
}

/** The part of a kiosk's health report that does not depend on the drain. */
export type DeviceHealth = Omit<Health, 'pending' | 'lastSyncAt'>;

/** The complaints route takes at most this many items per request. */
export const COMPLAINTS_BATCH_MAX = 20;

const toItem = ({ createdAt: _createdAt, attempts: _attempts, ...item }: OutboxRow): OutboxItem =>
	item as OutboxItem;

/** One request carries one route and one channel (the channel decides whose token goes with it). */
const batchKey = (row: OutboxRow) => `${routeOf(row.type)}:${row.data.channel}`;
/** A complaint with files travels alone, as one multipart request. */
const travelsAlone = (row: OutboxRow) => (row.files?.length ?? 0) > 0;

/** Consecutive runs of one route and channel, cut to `size` (20 at most for the complaints route). */
export function batches(rows: OutboxRow[], size: number): OutboxRow[][] {
	const result: OutboxRow[][] = [];
	for (const row of rows) {
		const last = result.at(-1);
		const limit = routeOf(row.type) === 'complaints' ? Math.min(size, COMPLAINTS_BATCH_MAX) : size;
		const fits =
			last &&
			last.length < limit &&
			batchKey(last[0]!) === batchKey(row) &&
			!travelsAlone(row) &&
			!travelsAlone(last[0]!);
		if (fits) last.push(row);
		else result.push([row]);
	}
	return result;
}

/** Sends everything in the outbox once; never throws for a failed send, it reports it. */
export async function drain({
	db,
	transportFor,
	batchSize = 500,
	concurrency = 2,
	health
}: EngineOptions): Promise<DrainResult> {
	const result: DrainResult = { confirmed: 0, rejected: 0, failure: null };
	const sendOne = async (batch: OutboxRow[], report: Health | undefined) => {
		const channel = batch[0]!.data.channel;
		try {
			const verdicts = await transportFor(channel).send(
				batch.map(toItem),
				channel === 'kiosk' && routeOf(batch[0]!.type) === 'ingest' ? report : undefined
			);
			const known = new Set(batch.map((r) => r.id));
			const answered = verdicts.filter((v) => known.has(v.id));
			if (answered.length === 0) throw new SyncFailure('server', 'no verdict for any item');
			await outbox.settle(db, answered);
			result.confirmed += answered.filter((v) => v.status !== 'rejected').length;
			result.rejected += answered.filter((v) => v.status === 'rejected').length;
		} catch (error) {
			await outbox.noteFailure(
				db,
				batch.map((r) => r.id)
			);
			result.failure ??= failureOf(error);
		}
	};
	for (;;) {
		const rows = await outbox.oldest(db, batchSize * concurrency);
		if (rows.length === 0) return result;
		const round = batches(rows, batchSize).slice(0, concurrency);
		const report = await reportAfter(round, db, health);
		await Promise.all(round.map((batch) => sendOne(batch, report)));
		if (result.failure) return result;
	}
}

/**
 * The health report that goes with a round of batches: the state once the round is in (what the server
 * keeps is only stored when the request succeeded, so it is then true). Counted once per round, not per
 * batch: counting a long outbox for every batch would slow the drain itself.
 */
async function reportAfter(
	round: OutboxRow[][],
	db: QepDatabase,
	health: EngineOptions['health']
): Promise<Health | undefined> {
	const reported = round.some((b) => b[0]!.data.channel === 'kiosk' && routeOf(b[0]!.type) === 'ingest');
	const device = reported ? await health?.() : undefined;
	if (!device) return undefined;
	const sent = round.reduce((sum, batch) => sum + batch.length, 0);
	const waiting = await outbox.count(db);
	return { ...device, pending: Math.max(0, waiting - sent), lastSyncAt: new Date().toISOString() };
}

/** Delay before retry `attempt` (0-based): "equal jitter", half the exponential ceiling plus a random half. */
export function backoffDelay(
	attempt: number,
	{
		base = 2000,
		max = 5 * 60_000,
		random = Math.random
	}: { base?: number; max?: number; random?: () => number } = {}
): number {
	const ceiling = Math.min(max, base * 2 ** Math.min(attempt, 30));
	return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
