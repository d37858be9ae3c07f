// The copies a public page keeps on the device (a survey's or a form's reference data, for a visitor who
// reloads it without network), written and read without Dexie (./direct): a first visit does not carry
// the database's code. The copy is written in the background once the page has its data.
import { cacheRow, getRow, putRow } from './direct';
import type { CacheRow } from './database';

/** The copy kept under `key`, or null (none, or no database on this device: private browsing, say). */
export async function readKept<T>(key: string): Promise<T | null> {
	try {
		const row = await getRow<CacheRow>('cache', key);
		return row ? (row.value as T) : null;
	} catch (error) {
		console.warn('No copy kept on this device could be read.', error);
		return null;
	}
}

/**
 * Keeps `value` under `key`, as lib/db/cache.repo does (the same row). A failure (storage full or refused) only costs the
 * offline copy: it is logged, never thrown. Callers do not wait for it; it resolves when written (or not).
 */
export async function keep(key: string, value: unknown): Promise<void> {
	try {
		await putRow('cache', cacheRow(key, value));
	} catch (error) {
		console.warn('Copy not kept on this device.', error);
	}
}
