import { describe, expect, it } from 'vitest';
import * as last from './last-submission';

class MemoryStorage {
	#items = new Map<string, string>();
	getItem = (key: string) => this.#items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.#items.set(key, value);
	removeItem = (key: string) => void this.#items.delete(key);
}

describe('last submission', () => {
	it('survives a reload of the tab, and is forgotten on request', () => {
		const storage = new MemoryStorage() as unknown as Storage;
		expect(last.read(storage)).toBeNull();
		const value = {
			id: 'complaint000001',
			token: 'T'.repeat(43),
			site: 'site00000000001',
			service: 'Titres'
		};
		last.write(value, storage);
		expect(last.read(storage)).toEqual(value);
		last.clear(storage);
		expect(last.read(storage)).toBeNull();
	});

	it('ignores what it cannot read', () => {
		const storage = new MemoryStorage() as unknown as Storage;
		storage.setItem('qep.complaint.last', '{not json');
		expect(last.read(storage)).toBeNull();
		storage.setItem('qep.complaint.last', '{"id":1}');
		expect(last.read(storage)).toBeNull();
	});
});
