import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { QepDatabase } from '$lib/db/database';
import * as outbox from '$lib/db/outbox.repo';
import { newId } from '$lib/domain/ids';
import { FakeIngestServer, scriptedTransport, survey, type Outcome } from '$lib/test/fake-server';
import { backoffDelay, drain } from './engine';

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
		await outbox.add(db, { id, type: 'survey_response', data: survey() }, i);
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
