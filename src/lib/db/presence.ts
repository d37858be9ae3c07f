// Whether this device holds the app's database at all, asked without loading the database's code: on a first
// visit there is nothing waiting to be sent, and the page need not download what would send it.

/** The app's IndexedDB database (one per origin). */
export const DATABASE_NAME = 'qual-e-pref';

/**
 * True when the device has the app's database, or when the browser cannot tell (no `indexedDB.databases()`,
 * or it failed): then the caller must assume there may be something in it.
 */
export async function mayHoldData(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<boolean> {
	if (!factory || typeof factory.databases !== 'function') return true;
	try {
		const databases = await factory.databases();
		return databases.some((db) => db.name === DATABASE_NAME);
	} catch {
		return true;
	}
}
