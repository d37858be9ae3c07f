// The device's database through IndexedDB's own API, for what a public page does before it sends anything:
// saving a submission in the outbox and keeping a copy of its reference data. Dexie (28 KB compressed) and
// the sync engine load later, when there is something to send: a first visit on a phone does not carry
// them, and a visitor who loses the network right after the page showed can still save.
// The schema made here is exactly the one Dexie makes for ./database.ts (its version 2, IndexedDB's 20):
// whichever opens the database first, the other finds what it expects. A newer schema (a later version of
// the app made it) is opened as it is.
import type { CacheRow, OutboxItem, OutboxRow } from './database';
import { DATABASE_NAME, mayHoldData } from './presence';

/** Dexie's `version(2)` of ./database.ts, as IndexedDB sees it: store → key path and indexes. */
export const SCHEMA = {
	version: 20,
	stores: {
		outbox: { keyPath: 'id', indexes: ['createdAt'] },
		rejected: { keyPath: 'id', indexes: ['rejectedAt'] },
		cache: { keyPath: 'key', indexes: [] },
		receipts: { keyPath: 'id', indexes: ['savedAt'] }
	}
} as const;

export type StoreName = keyof typeof SCHEMA.stores;

const request = <T>(req: IDBRequest<T>): Promise<T> =>
	new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});

/** Opens the database; creates it with Dexie's schema when it does not exist yet. */
export function openDatabase(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const open = factory.open(DATABASE_NAME, SCHEMA.version);
		open.onupgradeneeded = () => {
			const db = open.result;
			for (const [name, { keyPath, indexes }] of Object.entries(SCHEMA.stores)) {
				if (db.objectStoreNames.contains(name)) continue;
				const store = db.createObjectStore(name, { keyPath });
				for (const index of indexes) store.createIndex(index, index);
			}
		};
		open.onsuccess = () => resolve(open.result);
		open.onerror = () => {
			// A later version of the app upgraded it: open it as it is (the stores used here stay).
			if (open.error?.name === 'VersionError') request(factory.open(DATABASE_NAME)).then(resolve, reject);
			else reject(open.error);
		};
		open.onblocked = () => reject(new Error('The device database is being upgraded by another tab'));
	});
}

/** Runs `work` in one transaction on `store`; resolves with its result once the transaction committed. */
async function inTransaction<T>(
	store: StoreName,
	mode: IDBTransactionMode,
	work: (store: IDBObjectStore) => IDBRequest<T>,
	factory?: IDBFactory
): Promise<T> {
	const db = await openDatabase(factory);
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(store, mode);
			const req = work(tx.objectStore(store));
			tx.oncomplete = () => resolve(req.result);
			tx.onerror = () => reject(tx.error ?? req.error);
			tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
		});
	} finally {
		db.close();
	}
}

/**
 * Adds `row` to `store`, once committed. `keepExisting`: a row with the same key stays as it was (the
 * outbox: the same submission twice is kept once), instead of the call failing.
 */
export async function addRow(
	store: StoreName,
	row: object,
	{ keepExisting = false, factory }: { keepExisting?: boolean; factory?: IDBFactory } = {}
): Promise<void> {
	try {
		await inTransaction(store, 'readwrite', (s) => s.add(row), factory);
	} catch (error) {
		if (!(keepExisting && error instanceof DOMException && error.name === 'ConstraintError')) throw error;
	}
}

/** Puts `row` in `store` (replacing one with the same key), once committed. */
export async function putRow(store: StoreName, row: object, factory?: IDBFactory): Promise<void> {
	await inTransaction(store, 'readwrite', (s) => s.put(row), factory);
}

/** The row of `store` under `key`, or undefined. */
export function getRow<T>(store: StoreName, key: string, factory?: IDBFactory): Promise<T | undefined> {
	return inTransaction(store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>, factory);
}

/** How many rows `store` holds. */
export function countRows(store: StoreName, factory?: IDBFactory): Promise<number> {
	return inTransaction(store, 'readonly', (s) => s.count(), factory);
}

/**
 * Saves a new submission in the outbox, as the sync engine reads it; resolves once committed. The same
 * submission twice (a retry) is kept once, as first saved.
 */
export function saveToOutbox(item: OutboxItem, now: number, factory?: IDBFactory): Promise<void> {
	return addRow('outbox', outboxRow(item, now), { keepExisting: true, factory });
}

/** A new submission as the outbox holds it: saved `now`, never tried yet. */
export function outboxRow(item: OutboxItem, now: number): OutboxRow {
	return { ...item, createdAt: now, attempts: 0 };
}

/** A value kept on the device under `key`, as the cache holds it: saved `now`. */
export function cacheRow(key: string, value: unknown, now: number = Date.now()): CacheRow {
	return { key, value, savedAt: now };
}

/**
 * Whether submissions wait in the outbox, asked without creating the database when the device has none.
 * True when it cannot tell (the caller then starts sending, which finds out).
 */
export async function hasWaitingSubmissions(factory: IDBFactory = globalThis.indexedDB): Promise<boolean> {
	if (!(await mayHoldData(factory))) return false;
	try {
		return (await countRows('outbox', factory)) > 0;
	} catch {
		return true;
	}
}
