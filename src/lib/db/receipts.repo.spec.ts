import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { complaint, survey } from '$lib/test/fake-server';
import { QepDatabase } from './database';
import * as outbox from './outbox.repo';
import * as receipts from './receipts.repo';

let n = 0;
const names: string[] = [];
const dbs: Dexie[] = [];
function freshName() {
	const name = `receipts-spec-${n++}`;
	names.push(name);
	return name;
}
afterEach(async () => {
	for (const db of dbs.splice(0)) db.close();
	for (const name of names.splice(0)) await Dexie.delete(name);
});

const receipt = {
	reference: '2026-I-000042',
	kind: 'information' as const,
	received_at: '2026-11-23T09:00:00.000Z',
	deadline_at: '2026-11-30T22:59:59.999Z',
	ack: 'not_configured' as const
};

describe('database upgrade', () => {
	it('version 2 keeps the version 1 outbox and adds the receipts table', async () => {
		const name = freshName();
		const v1 = new Dexie(name);
		v1.version(1).stores({ outbox: 'id, createdAt', rejected: 'id, rejectedAt', cache: 'key' });
		await v1
			.table('outbox')
			.add({ id: 'survey000000001', type: 'survey_response', data: survey(), createdAt: 1, attempts: 2 });
		await v1.table('cache').put({ key: 'kiosk', value: { x: 1 }, savedAt: 1 });
		v1.close();

		const db = new QepDatabase(name);
		dbs.push(db);
		await db.open();
		// Dexie stores version n as IndexedDB version n × 10.
		expect(db.backendDB().version).toBe(20);
		expect([...db.backendDB().objectStoreNames].sort()).toEqual(['cache', 'outbox', 'receipts', 'rejected']);
		expect((await outbox.oldest(db, 10)).map((r) => [r.id, r.attempts])).toEqual([['survey000000001', 2]]);
		expect((await db.cache.get('kiosk'))?.value).toEqual({ x: 1 });
		expect(await db.receipts.count()).toBe(0);
	});
});

describe('submission status', () => {
	it('is queued, then received with its receipt; a refused one carries its errors', async () => {
		const db = new QepDatabase(freshName());
		dbs.push(db);
		await outbox.add(db, { id: 'complaint000001', type: 'complaint', data: complaint() });
		await outbox.add(db, { id: 'complaint000002', type: 'complaint', data: complaint() });
		expect(await receipts.statusOf(db, 'complaint000001')).toEqual({ state: 'queued' });
		await outbox.settle(db, [
			{ id: 'complaint000001', status: 'created', receipt },
			{ id: 'complaint000002', status: 'rejected', errors: { site: 'unknown' } }
		]);
		expect(await receipts.statusOf(db, 'complaint000001')).toEqual({ state: 'received', receipt });
		expect(await receipts.statusOf(db, 'complaint000002')).toMatchObject({
			state: 'rejected',
			errors: { site: 'unknown' },
			item: { id: 'complaint000002', type: 'complaint' }
		});
		await receipts.remove(db, 'complaint000001');
		expect(await receipts.statusOf(db, 'complaint000001')).toEqual({ state: 'received', receipt: null });
	});

	it('watch reports the change when the receipt arrives', async () => {
		const db = new QepDatabase(freshName());
		dbs.push(db);
		await outbox.add(db, { id: 'complaint000001', type: 'complaint', data: complaint() });
		const seen: string[] = [];
		let resolveReceived!: () => void;
		const received = new Promise<void>((resolve) => (resolveReceived = resolve));
		const stop = receipts.watch(db, 'complaint000001', (status) => {
			seen.push(status.state === 'received' ? `received ${status.receipt?.reference}` : status.state);
			if (status.state === 'received') resolveReceived();
		});
		await expect.poll(() => seen).toEqual(['queued']);
		await outbox.settle(db, [{ id: 'complaint000001', status: 'created', receipt }]);
		await received;
		stop();
		expect(seen).toEqual(['queued', 'received 2026-I-000042']);
	});
});
