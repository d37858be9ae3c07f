import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { QepDatabase } from '$lib/db/database';
import * as outbox from '$lib/db/outbox.repo';
import { newId } from '$lib/domain/ids';
import * as receipts from '$lib/db/receipts.repo';
import {
	FakeIngestServer,
	complaint,
	outboxItem,
	scriptedTransport,
	suggestion,
	survey,
	type Outcome
} from '$lib/test/fake-server';
import { backoffDelay, drain } from './engine';
import type { Health } from './transport';

let n = 0;
const dbs: QepDatabase[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

async function setup(count: number, outcomes: Outcome[] = [], batchSize = 100) {
	const db = new QepDatabase(`engine-spec-${n++}`);
	dbs.push(db);
	const server = new FakeIngestServer();
	const transport = scriptedTransport(server, outcomes);
	const ids: string[] = [];
	for (let i = 0; i < count; i++) {
		const id = newId();
		ids.push(id);
		await outbox.add(db, outboxItem('survey_response', id), i);
	}
	return { db, server, transport, ids, run: () => drain({ db, transportFor: () => transport, batchSize }) };
}

describe('drain', () => {
	it('sends everything in batches and empties the outbox', async () => {
		const { db, server, transport, ids, run } = await setup(250, [], 100);
		expect(await run()).toEqual({ confirmed: 250, rejected: 0, failure: null });
		expect(transport.sends).toBe(3);
		expect([...server.inserts.keys()].sort()).toEqual([...ids].sort());
		expect(await outbox.count(db)).toBe(0);
	});

	it('keeps every item when the network is down', async () => {
		const { db, server, run } = await setup(5, ['network']);
		const result = await run();
		expect(result.failure?.kind).toBe('network');
		expect(await outbox.count(db)).toBe(5);
		expect(server.inserts.size).toBe(0);
	});

	it('replay is idempotent: an answer lost after the server stored the batch creates nothing twice', async () => {
		const { db, server, run } = await setup(3, ['lost-after-store']);
		expect((await run()).failure?.kind).toBe('network');
		expect(await outbox.count(db)).toBe(3);
		expect(await run()).toEqual({ confirmed: 3, rejected: 0, failure: null });
		expect(await outbox.count(db)).toBe(0);
		expect([...server.inserts.values()]).toEqual([1, 1, 1]);
	});

	it('one rejected item does not block the queue, and is kept aside', async () => {
		const { db, server, run } = await setup(2);
		await outbox.add(
			db,
			{ id: 'rejectme0000001', type: 'survey_response', data: survey({ comment: 'REJECT' }) },
			-1
		);
		expect(await run()).toEqual({ confirmed: 2, rejected: 1, failure: null });
		expect(server.inserts.size).toBe(2);
		expect(await outbox.count(db)).toBe(0);
		expect((await outbox.rejectedItems(db)).map((r) => r.id)).toEqual(['rejectme0000001']);
	});

	it('an item without a verdict stays in the outbox', async () => {
		const { db, ids } = await setup(2);
		const partial = { send: async () => [{ id: ids[0]!, status: 'created' as const }] };
		const result = await drain({ db, transportFor: () => partial, batchSize: 1 });
		expect(result.confirmed).toBe(1);
		expect((await outbox.oldest(db, 10)).map((r) => r.id)).toEqual([ids[1]]);
		expect(result.failure?.kind).toBe('server');
	});
});

describe('backoffDelay', () => {
	it('grows exponentially, with jitter, up to a ceiling', () => {
		expect(backoffDelay(0, { random: () => 0 })).toBe(1000);
		expect(backoffDelay(0, { random: () => 1 })).toBe(2000);
		expect(backoffDelay(3, { random: () => 1 })).toBe(16000);
		expect(backoffDelay(50, { random: () => 1 })).toBe(300000);
		expect(backoffDelay(50, { random: () => 0 })).toBe(150000);
	});
});

describe('drain with complaints and suggestions', () => {
	async function mixed(rows: Array<'survey' | 'complaint' | 'suggestion' | 'complaint+file'>) {
		const db = new QepDatabase(`engine-spec-${n++}`);
		dbs.push(db);
		const blob = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
		const ids: string[] = [];
		for (const [i, kind] of rows.entries()) {
			const id = newId();
			ids.push(id);
			if (kind === 'survey')
				await outbox.add(db, { id, type: 'survey_response', data: survey({ channel: 'web' }) }, i);
			else if (kind === 'suggestion') await outbox.add(db, { id, type: 'suggestion', data: suggestion() }, i);
			else
				await outbox.add(
					db,
					{
						id,
						type: 'complaint',
						data: complaint(),
						...(kind === 'complaint+file'
							? { files: [{ name: 'a.pdf', type: 'application/pdf', size: blob.size, blob }] }
							: {})
					},
					i
				);
		}
		const server = new FakeIngestServer();
		return { db, server, ids };
	}

	it('never mixes routes in one request, and keeps the outbox order', async () => {
		const { db, server, ids } = await mixed([
			'survey',
			'survey',
			'complaint',
			'suggestion',
			'survey',
			'complaint'
		]);
		const transport = scriptedTransport(server);
		expect(await drain({ db, transportFor: () => transport, batchSize: 100 })).toEqual({
			confirmed: 6,
			rejected: 0,
			failure: null
		});
		expect(transport.batches.map((b) => b.map((i) => i.type))).toEqual([
			['survey_response', 'survey_response'],
			['complaint', 'suggestion'],
			['survey_response'],
			['complaint']
		]);
		expect(transport.batches.flat().map((i) => i.id)).toEqual(ids);
	});

	it('sends at most 20 complaints and suggestions per request', async () => {
		const { db, server } = await mixed(Array(45).fill('suggestion'));
		const transport = scriptedTransport(server);
		await drain({ db, transportFor: () => transport, batchSize: 200 });
		expect(transport.batches.map((b) => b.length)).toEqual([20, 20, 5]);
		expect(await outbox.count(db)).toBe(0);
	});

	it('a complaint with files travels alone, files included', async () => {
		const { db, server } = await mixed(['complaint', 'complaint+file', 'complaint']);
		const transport = scriptedTransport(server);
		await drain({ db, transportFor: () => transport, batchSize: 100 });
		expect(transport.batches.map((b) => b.length)).toEqual([1, 1, 1]);
		expect(transport.batches[1]![0]!.files?.map((f) => f.name)).toEqual(['a.pdf']);
		expect(transport.batches[0]![0]).not.toHaveProperty('createdAt');
	});

	it('saves each complaint’s receipt, and a replay after a lost answer gives the same one', async () => {
		const { db, server, ids } = await mixed(['complaint', 'suggestion']);
		const lost = scriptedTransport(server, ['lost-after-store']);
		expect((await drain({ db, transportFor: () => lost })).failure?.kind).toBe('network');
		expect(await receipts.get(db, ids[0]!)).toBeNull();
		const good = scriptedTransport(server);
		expect(await drain({ db, transportFor: () => good })).toEqual({
			confirmed: 2,
			rejected: 0,
			failure: null
		});
		expect(await receipts.get(db, ids[0]!)).toEqual(server.receipts.get(ids[0]!));
		expect([...server.inserts.values()]).toEqual([1, 1]);
		expect(await receipts.statusOf(db, ids[1]!)).toEqual({ state: 'received', receipt: null });
	});

	it('a refused complaint is kept aside, not dropped', async () => {
		const db = new QepDatabase(`engine-spec-${n++}`);
		dbs.push(db);
		await outbox.add(db, {
			id: 'rejectme0000001',
			type: 'complaint',
			data: complaint({ subject: 'REJECT' })
		});
		const transport = scriptedTransport(new FakeIngestServer());
		expect(await drain({ db, transportFor: () => transport })).toEqual({
			confirmed: 0,
			rejected: 1,
			failure: null
		});
		expect(await receipts.statusOf(db, 'rejectme0000001')).toMatchObject({
			state: 'rejected',
			errors: { subject: 'invalid' }
		});
	});

	it('kiosk health travels with kiosk surveys only', async () => {
		const db = new QepDatabase(`engine-spec-${n++}`);
		dbs.push(db);
		await outbox.add(db, { id: newId(), type: 'survey_response', data: survey() }, 1);
		await outbox.add(db, { id: newId(), type: 'complaint', data: complaint({ channel: 'kiosk' }) }, 2);
		const server = new FakeIngestServer();
		const seen: Array<[string, boolean]> = [];
		const transport = {
			async send(items: Parameters<typeof server.receive>[0], health?: unknown) {
				seen.push([items[0]!.type, health !== undefined]);
				return server.receive(items);
			}
		};
		const health = async () => ({ persisted: true, appVersion: 'test' });
		await drain({ db, transportFor: () => transport, health });
		// Both batches are in flight at once: compare regardless of which request started first.
		expect(seen.sort()).toEqual([
			['complaint', false],
			['survey_response', true]
		]);
	});

	it('reports the outbox as it stands once the round it goes with is in, and when that sync happened', async () => {
		const db = new QepDatabase(`engine-spec-${n++}`);
		dbs.push(db);
		for (let i = 0; i < 5; i++)
			await outbox.add(db, { id: newId(), type: 'survey_response', data: survey({ channel: 'kiosk' }) }, i);
		const server = new FakeIngestServer();
		const reports: Array<{ pending: number; lastSyncAt?: string }> = [];
		const transport = {
			async send(items: Parameters<typeof server.receive>[0], health?: Health) {
				if (health) reports.push({ pending: health.pending, lastSyncAt: health.lastSyncAt });
				return server.receive(items);
			}
		};
		const health = async () => ({ persisted: true, appVersion: 'test' });
		const before = new Date().toISOString();
		// Rounds of two batches of two: 4 items in flight, then the last one.
		await drain({ db, transportFor: () => transport, health, batchSize: 2, concurrency: 2 });
		expect(reports.map((r) => r.pending)).toEqual([1, 1, 0]);
		for (const { lastSyncAt } of reports) {
			expect(lastSyncAt! >= before).toBe(true);
			expect(lastSyncAt! <= new Date().toISOString()).toBe(true);
		}
	});
});
