// The copies a public page keeps on the device (a survey's or a form's reference data, for a visitor who
// reloads it without network). The copy is written in the background once the page has its data: opening
// the database (created on a first visit) does not hold the page back.
import * as cache from './cache.repo';
import { database } from './database';

/** The copy kept under `key`, or null (none, or no database on this device: private browsing, say). */
export async function readKept<T>(key: string): Promise<T | null> {
	try {
		return await cache.read<T>(database(), key);
	} catch (error) {
		console.warn('No copy kept on this device could be read.', error);
		return null;
	}
}

/**
 * Keeps `value` under `key`. A failure (storage full or refused) only costs the offline copy: it is logged,
 * never thrown. Callers do not wait for it; it resolves when written (or not), for the specs.
 */
export async function keep(key: string, value: unknown): Promise<void> {
	try {
		await cache.write(database(), key, value);
	} catch (error) {
		console.warn('Copy not kept on this device.', error);
	}
}
