import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as cache from './cache.repo';
import { database } from './database';
import { keep, readKept } from './device-cache';
import * as direct from './direct';

const CONFIG = { sites: [{ id: 'site00000000001', name: 'Metz' }] };

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(async () => {
	vi.restoreAllMocks();
	database().close();
	await Dexie.delete('qual-e-pref');
});

it('keeps copies where the app’s own cache (Dexie) reads them', async () => {
	await keep('survey:metz:', { point: null });
	expect(await cache.read(database(), 'survey:metz:')).toEqual({ point: null });
});

describe('the copies a public page keeps on the device', () => {
	it('keeps a copy and reads it back, and reads null for a key never kept', async () => {
		await keep('citizen-config', CONFIG);
		expect(await readKept('citizen-config')).toEqual(CONFIG);
		expect(await readKept('survey:nancy:')).toBeNull();
	});

	it('logs a failed write and a failed read instead of throwing', async () => {
		vi.spyOn(direct, 'putRow').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
		vi.spyOn(direct, 'getRow').mockRejectedValue(new DOMException('gone', 'UnknownError'));
		await expect(keep('citizen-config', CONFIG)).resolves.toBeUndefined();
		expect(await readKept('citizen-config')).toBeNull();
		expect(console.warn).toHaveBeenCalledTimes(2);
	});
});
