import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as cache from './cache.repo';
import { database } from './database';
import { keep, readKept } from './device-cache';

const CONFIG = { sites: [{ id: 'site00000000001', name: 'Metz' }] };

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(async () => {
	vi.restoreAllMocks();
	database().close();
	await Dexie.delete('qual-e-pref');
});

describe('the copies a public page keeps on the device', () => {
	it('keeps a copy and reads it back, and reads null for a key never kept', async () => {
		await keep('citizen-config', CONFIG);
		expect(await readKept('citizen-config')).toEqual(CONFIG);
		expect(await readKept('survey:nancy:')).toBeNull();
	});

	it('logs a failed write and a failed read instead of throwing', async () => {
		vi.spyOn(cache, 'write').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
		vi.spyOn(cache, 'read').mockRejectedValue(new DOMException('gone', 'UnknownError'));
		await expect(keep('citizen-config', CONFIG)).resolves.toBeUndefined();
		expect(await readKept('citizen-config')).toBeNull();
		expect(console.warn).toHaveBeenCalledTimes(2);
	});
});
