import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { survey } from '$lib/test/fake-server';
import Dexie from 'dexie';
import { QepDatabase } from './database';
import { DATABASE_NAME } from './presence';

// The writer saves in the app's database (without Dexie); the specs read it back with Dexie.
const dbs: QepDatabase[] = [];
function appDb() {
	const db = new QepDatabase();
	dbs.push(db);
	return db;
}
afterEach(async () => {
	vi.unstubAllGlobals();
	vi.resetModules();
	for (const db of dbs.splice(0)) db.close();
	await Dexie.delete(DATABASE_NAME);
});

/** A stand-in for the worker: answers each write as told, without writing anything itself. */
function fakeWorker(answer: (seq: number) => unknown) {
	const posted: unknown[] = [];
	class FakeWorker {
		onmessage: ((event: MessageEvent) => void) | null = null;
		onerror: (() => void) | null = null;
		postMessage(message: { seq: number }) {
			posted.push(message);
			const reply = answer(message.seq);
			queueMicrotask(() =>
				reply === 'crash' ? this.onerror?.() : this.onmessage?.({ data: reply } as MessageEvent)
			);
		}
	}
	vi.stubGlobal('Worker', FakeWorker);
	return posted;
}

describe('durable outbox writes', () => {
	it('without workers, writes on the page and gives the commit instant', async () => {
		vi.stubGlobal('Worker', undefined);
		const { addDurably } = await import('./outbox-writer');
		const db = appDb();
		const before = Date.now();
		const at = await addDurably({ id: 'survey000000001', type: 'survey_response', data: survey() });
		expect(await db.outbox.get('survey000000001')).toMatchObject({ type: 'survey_response', attempts: 0 });
		expect(at).toBeGreaterThanOrEqual(before - 1);
		expect(at).toBeLessThanOrEqual(Date.now() + 1);
	});

	it('with a worker, resolves with the instant the worker says it committed', async () => {
		const posted = fakeWorker((seq) => ({ seq, ok: true, committedAt: 1_800_000_000_000 }));
		const { addDurably } = await import('./outbox-writer');
		const item = { id: 'survey000000002', type: 'survey_response' as const, data: survey() };
		expect(await addDurably(item, 42)).toBe(1_800_000_000_000);
		expect(posted).toEqual([{ seq: 1, item, now: 42 }]);
	});

	it('when the worker refuses or dies, the page writes it itself: nothing is lost', async () => {
		fakeWorker((seq) => (seq === 1 ? { seq, ok: false, message: 'QuotaExceededError' } : 'crash'));
		const { addDurably } = await import('./outbox-writer');
		const db = appDb();
		await addDurably({ id: 'survey000000003', type: 'survey_response', data: survey() });
		await addDurably({ id: 'survey000000004', type: 'survey_response', data: survey() });
		expect((await db.outbox.toArray()).map((r) => r.id)).toEqual(['survey000000003', 'survey000000004']);
	});
});
