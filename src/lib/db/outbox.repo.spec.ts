import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { survey } from '$lib/test/fake-server';
import { QepDatabase } from './database';
import * as outbox from './outbox.repo';

let n = 0;
const dbs: QepDatabase[] = [];
function freshDb() {
	const db = new QepDatabase(`outbox-spec-${n++}`);
	dbs.push(db);
	return db;
}
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

describe('outbox', () => {
	it('keeps items in creation order', async () => {
		const db = freshDb();
		await outbox.add(db, { id: 'bbbbbbbbbbbbbbb', type: 'survey_response', data: survey() }, 2);
		await outbox.add(db, { id: 'aaaaaaaaaaaaaaa', type: 'survey_response', data: survey() }, 1);
		expect((await outbox.oldest(db, 10)).map((r) => r.id)).toEqual(['aaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbb']);
		expect(await outbox.count(db)).toBe(2);
	});

	it('stores the same id once', async () => {
		const db = freshDb();
		const first = survey({ comment: 'first' });
		await outbox.add(db, { id: 'aaaaaaaaaaaaaaa', type: 'survey_response', data: first });
		await outbox.add(db, {
			id: 'aaaaaaaaaaaaaaa',
			type: 'survey_response',
			data: survey({ comment: 'second' })
		});
		expect(await outbox.count(db)).toBe(1);
		expect((await outbox.oldest(db, 1))[0]!.data.comment).toBe('first');
	});

	it('removes confirmed items, sets refused ones aside and leaves the rest', async () => {
		const db = freshDb();
		for (const id of ['aaaaaaaaaaaaaa1', 'aaaaaaaaaaaaaa2', 'aaaaaaaaaaaaaa3', 'aaaaaaaaaaaaaa4']) {
			await outbox.add(db, { id, type: 'survey_response', data: survey() });
		}
		await outbox.settle(db, [
			{ id: 'aaaaaaaaaaaaaa1', status: 'created' },
			{ id: 'aaaaaaaaaaaaaa2', status: 'duplicate' },
			{ id: 'aaaaaaaaaaaaaa3', status: 'rejected', errors: { day: 'out_of_range' } }
		]);
		expect((await outbox.oldest(db, 10)).map((r) => r.id)).toEqual(['aaaaaaaaaaaaaa4']);
		const rejected = await outbox.rejectedItems(db);
		expect(rejected.map((r) => [r.id, r.errors])).toEqual([['aaaaaaaaaaaaaa3', { day: 'out_of_range' }]]);
	});

	it('counts failed attempts', async () => {
		const db = freshDb();
		await outbox.add(db, { id: 'aaaaaaaaaaaaaaa', type: 'survey_response', data: survey() });
		await outbox.noteFailure(db, ['aaaaaaaaaaaaaaa']);
		await outbox.noteFailure(db, ['aaaaaaaaaaaaaaa']);
		expect((await outbox.oldest(db, 1))[0]!.attempts).toBe(2);
	});
});
