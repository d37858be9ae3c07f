// Cached configuration (kiosk config, web survey config, sync metadata), one value per key.
import type { QepDatabase } from './database';
import { cacheRow } from './direct';

/** The cached value for `key`, or null. */
export async function read<T>(db: QepDatabase, key: string): Promise<T | null> {
	const row = await db.cache.get(key);
	return row ? (row.value as T) : null;
}

/** Stores `value` under `key`; resolves after commit. */
export async function write(db: QepDatabase, key: string, value: unknown): Promise<void> {
	await db.transaction('rw', db.cache, () => db.cache.put(cacheRow(key, value)));
}

/** Forgets `key`. */
export async function remove(db: QepDatabase, key: string): Promise<void> {
	await db.cache.delete(key);
}
