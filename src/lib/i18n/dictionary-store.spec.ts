import { describe, expect, it, vi } from 'vitest';
import { DICTIONARY_CACHE, isDictionary, readDictionary } from './dictionary-store';

const BASE = 'https://qualepref.example/borne';
const AR = '/_app/immutable/assets/ar.abc123.json';
const ZH = '/_app/immutable/assets/zh.def456.json';

/** A Cache Storage holding one cache in memory, keyed by absolute address. */
function memoryCaches() {
	const entries = new Map<string, Response>();
	const absolute = (key: RequestInfo | URL) =>
		new URL(typeof key === 'string' ? key : key instanceof URL ? key.href : key.url, BASE).href;
	const cache = {
		match: async (key: RequestInfo | URL) => entries.get(absolute(key))?.clone(),
		put: async (key: RequestInfo | URL, response: Response) => void entries.set(absolute(key), response),
		delete: async (key: RequestInfo | URL) => entries.delete(absolute(key)),
		keys: async () => [...entries.keys()].map((url) => new Request(url))
	};
	const open = vi.fn(async (name: string) => {
		expect(name).toBe(DICTIONARY_CACHE);
		return cache as unknown as Cache;
	});
	return { caches: { open } as unknown as CacheStorage, entries };
}

const served = (body: unknown, status = 200) =>
	vi.fn(async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch & {
		mock: { calls: unknown[][] };
	};

describe('readDictionary', () => {
	it('reads from the network once, then from the device, even offline', async () => {
		const { caches } = memoryCaches();
		const online = served({ hello: 'مرحبا' });
		expect(await readDictionary(AR, [AR, ZH], { fetch: online, base: BASE, caches })).toEqual({
			hello: 'مرحبا'
		});
		const offline = vi.fn(async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		expect(await readDictionary(AR, [AR, ZH], { fetch: offline, base: BASE, caches })).toEqual({
			hello: 'مرحبا'
		});
		expect(online.mock.calls).toHaveLength(1);
	});

	it('removes the dictionaries of an older version of the app when it keeps a new one', async () => {
		const { caches, entries } = memoryCaches();
		const old = '/_app/immutable/assets/ar.0ld000.json';
		await readDictionary(old, [old], { fetch: served({ a: 'old' }), base: BASE, caches });
		await readDictionary(AR, [AR, ZH], { fetch: served({ a: 'new' }), base: BASE, caches });
		expect([...entries.keys()]).toEqual([new URL(AR, BASE).href]);
	});

	it('refuses what is not a dictionary, and keeps nothing of it', async () => {
		const { caches, entries } = memoryCaches();
		await expect(readDictionary(AR, [AR], { fetch: served(['x']), base: BASE, caches })).rejects.toThrow(
			'is not one'
		);
		await expect(readDictionary(AR, [AR], { fetch: served({ a: 1 }), base: BASE, caches })).rejects.toThrow();
		await expect(readDictionary(AR, [AR], { fetch: served({}, 404), base: BASE, caches })).rejects.toThrow(
			'answered 404'
		);
		expect(entries.size).toBe(0);
	});

	it('reads again from the network a damaged copy on the device', async () => {
		const { caches, entries } = memoryCaches();
		entries.set(new URL(AR, BASE).href, new Response('{"a": 2}'));
		expect(await readDictionary(AR, [AR], { fetch: served({ a: 'ok' }), base: BASE, caches })).toEqual({
			a: 'ok'
		});
	});

	it('works without Cache Storage, from the network', async () => {
		expect(await readDictionary(ZH, [ZH], { fetch: served({ a: '你好' }), base: BASE })).toEqual({
			a: '你好'
		});
	});
});

describe('isDictionary', () => {
	it('is an object of texts only', () => {
		expect(isDictionary({ a: 'b' })).toBe(true);
		expect(isDictionary({})).toBe(true);
		expect(isDictionary(null)).toBe(false);
		expect(isDictionary(['a'])).toBe(false);
		expect(isDictionary({ a: { b: 'c' } })).toBe(false);
	});
});
