import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { complaint, suggestion, survey } from '$lib/test/fake-server';
import { QepDatabase } from './database';
import * as outbox from './outbox.repo';
import * as receipts from './receipts.repo';

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
		const [row] = await outbox.oldest(db, 1);
		expect(row!.type === 'survey_response' && row!.data.comment).toBe('first');
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

describe('outbox with complaints', () => {
	const receipt = {
		reference: '2026-R-000001',
		kind: 'complaint' as const,
		received_at: '2026-11-23T09:00:00.000Z',
		deadline_at: '2026-12-14T22:59:59.999Z',
		ack: 'sent' as const
	};

	it('keeps a complaint’s files as blobs until it is sent', async () => {
		const db = freshDb();
		const blob = new Blob(['%PDF-1.4 test'], { type: 'application/pdf' });
		await outbox.add(db, {
			id: 'complaint000001',
			type: 'complaint',
			data: complaint(),
			files: [{ name: 'lettre.pdf', type: 'application/pdf', size: blob.size, blob }]
		});
		const [row] = await outbox.oldest(db, 1);
		expect(row!.files?.[0]?.name).toBe('lettre.pdf');
		expect(await row!.files![0]!.blob.text()).toBe('%PDF-1.4 test');
	});

	it('saves receipts in the same settle, and sets refused complaints aside with their files', async () => {
		const db = freshDb();
		const blob = new Blob(['x'], { type: 'image/png' });
		await outbox.add(db, { id: 'complaint000001', type: 'complaint', data: complaint() });
		await outbox.add(db, {
			id: 'complaint000002',
			type: 'complaint',
			data: complaint(),
			files: [{ name: 'a.png', type: 'image/png', size: 1, blob }]
		});
		await outbox.add(db, { id: 'suggestion00001', type: 'suggestion', data: suggestion() });
		await outbox.settle(db, [
			{ id: 'complaint000001', status: 'created', receipt },
			{ id: 'complaint000002', status: 'rejected', errors: { attachments: 'file_type' } },
			{ id: 'suggestion00001', status: 'duplicate' }
		]);
		expect(await outbox.count(db)).toBe(0);
		expect(await receipts.get(db, 'complaint000001')).toEqual(receipt);
		expect(await receipts.get(db, 'suggestion00001')).toBeNull();
		const [rejected] = await outbox.rejectedItems(db);
		expect(rejected).toMatchObject({
			id: 'complaint000002',
			type: 'complaint',
			errors: { attachments: 'file_type' }
		});
		expect(rejected!.files?.[0]?.name).toBe('a.png');
		expect(rejected).not.toHaveProperty('attempts');
		await outbox.forgetRejected(db, 'complaint000002');
		expect(await outbox.rejectedCount(db)).toBe(0);
	});
});
