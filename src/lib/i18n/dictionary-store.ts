// A language's dictionary is a file of its own (a hashed, immutable address). Once read, it is kept in the
// Cache Storage of the device, so that a kiosk rebooted offline still speaks every language it offers; the
// service worker does not precache them, so that no device downloads the languages it never uses.
export type Dictionary = Record<string, string>;

/** The Cache Storage cache holding the dictionaries read on this device. */
export const DICTIONARY_CACHE = 'qep-dictionaries';

/** True for a dictionary: an object of texts (what comes from the network or the cache is checked). */
export function isDictionary(value: unknown): value is Dictionary {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.values(value).every((text) => typeof text === 'string')
	);
}

interface Sources {
	fetch: typeof fetch;
	/** The page's address, against which the dictionaries' addresses are resolved. */
	base: string;
	/** Absent where the browser has no Cache Storage (an insecure origin, a test): then always the network. */
	caches?: CacheStorage;
}

/**
 * The dictionary at `url`: from the device's cache, else from the network (then kept). `current` lists every
 * dictionary address of this version of the app: the other entries (an older version's) are removed.
 */
export async function readDictionary(
	url: string,
	current: readonly string[],
	sources: Sources
): Promise<Dictionary> {
	const cache = await sources.caches?.open(DICTIONARY_CACHE).catch(() => undefined);
	const cached = await cache?.match(url);
	if (cached) {
		const dictionary: unknown = await cached.json().catch(() => null);
		if (isDictionary(dictionary)) return dictionary;
		await cache!.delete(url);
	}
	const response = await sources.fetch(url);
	if (!response.ok) throw new Error(`The dictionary ${url} answered ${response.status}`);
	const dictionary: unknown = await response.clone().json();
	if (!isDictionary(dictionary)) throw new Error(`The dictionary ${url} is not one`);
	if (cache) {
		await cache.put(url, response).catch(() => {});
		await prune(
			cache,
			current.map((address) => new URL(address, sources.base).href)
		);
	}
	return dictionary;
}

async function prune(cache: Cache, current: readonly string[]): Promise<void> {
	const kept = new Set(current);
	for (const request of await cache.keys()) if (!kept.has(request.url)) await cache.delete(request);
}
