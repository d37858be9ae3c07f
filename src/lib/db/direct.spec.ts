import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { QepDatabase } from './database';
import {
	addRow,
	countRows,
	getRow,
	hasWaitingSubmissions,
	openDatabase,
	putRow,
	saveToOutbox,
	SCHEMA
} from './direct';
import { DATABASE_NAME } from './presence';

afterEach(() => Dexie.delete(DATABASE_NAME));

/** Store → key path and indexes, as IndexedDB reports them. */
async function shapeOf(db: IDBDatabase) {
	const tx = db.transaction([...db.objectStoreNames]);
	const shape = Object.fromEntries(
		[...db.objectStoreNames].map((name) => {
			const store = tx.objectStore(name);
			const indexes = [...store.indexNames].map((i) => [i, store.index(i).keyPath, store.index(i).unique]);
			return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
		})
	);
	return { version: db.version, shape };
}

const SURVEY = {
	id: 'abcdefghijklmno',
	type: 'survey_response',
	data: { site: 'x' },
	createdAt: 5,
	attempts: 0
};

describe('the device database without Dexie', () => {
	it('makes exactly the schema Dexie makes for the app', async () => {
		const dexie = new QepDatabase();
		await dexie.open();
		const expected = await shapeOf(dexie.backendDB());
		dexie.close();
		await Dexie.delete(DATABASE_NAME);

		const db = await openDatabase();
		expect(await shapeOf(db)).toEqual(expected);
		expect(db.version).toBe(SCHEMA.version);
		db.close();
	});

	it('saves rows Dexie then reads, and reads rows Dexie saved', async () => {
		await addRow('outbox', SURVEY);
		await putRow('cache', { key: 'citizen-config', value: { sites: [] }, savedAt: 1 });
		const dexie = new QepDatabase();
		expect(await dexie.outbox.toArray()).toEqual([SURVEY]);
		expect((await dexie.cache.get('citizen-config'))?.value).toEqual({ sites: [] });
		await dexie.outbox.add({ ...SURVEY, id: 'bbbbbbbbbbbbbbb', createdAt: 6 } as never);
		dexie.close();
		expect(await countRows('outbox')).toBe(2);
		expect(await getRow('outbox', 'bbbbbbbbbbbbbbb')).toMatchObject({ createdAt: 6 });
		expect(await getRow('cache', 'nothing')).toBeUndefined();
	});

	it('keeps the first of the same submission saved twice, or refuses the second when asked to', async () => {
		await addRow('outbox', SURVEY, { keepExisting: true });
		await addRow('outbox', { ...SURVEY, createdAt: 99 }, { keepExisting: true });
		expect(await getRow('outbox', SURVEY.id)).toMatchObject({ createdAt: 5 });
		await expect(addRow('outbox', SURVEY)).rejects.toMatchObject({ name: 'ConstraintError' });
		expect(await countRows('outbox')).toBe(1);
	});

	it('opens a database a later version of the app upgraded, as it is', async () => {
		const later = new Dexie(DATABASE_NAME);
		later
			.version(2)
			.stores({ outbox: 'id, createdAt', rejected: 'id, rejectedAt', cache: 'key', receipts: 'id, savedAt' });
		later.version(3).stores({ notes: 'id' });
		await later.open();
		later.close();
		await addRow('outbox', SURVEY);
		const db = await openDatabase();
		expect(db.version).toBe(30);
		db.close();
		expect(await countRows('outbox')).toBe(1);
	});
});

describe('whether submissions wait on the device', () => {
	it('is false without a database, and does not create one', async () => {
		expect(await hasWaitingSubmissions()).toBe(false);
		expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DATABASE_NAME);
	});

	it('is false with only a kept copy, true once a submission is saved', async () => {
		await putRow('cache', { key: 'citizen-config', value: {}, savedAt: 1 });
		expect(await hasWaitingSubmissions()).toBe(false);
		await saveToOutbox({ id: 'abcdefghijklmno', type: 'suggestion', data: {} } as never, 7);
		expect(await hasWaitingSubmissions()).toBe(true);
		expect(await getRow('outbox', 'abcdefghijklmno')).toMatchObject({ createdAt: 7, attempts: 0 });
	});
});
