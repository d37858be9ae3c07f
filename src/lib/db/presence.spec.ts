import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DATABASE_NAME, mayHoldData } from './presence';
import { QepDatabase } from './database';

describe('mayHoldData', () => {
	it('is false on a device that never opened the app’s database, true once it did', async () => {
		const factory = new IDBFactory();
		expect(await mayHoldData(factory)).toBe(false);
		const other = factory.open('another-app');
		await new Promise((resolve) => (other.onsuccess = resolve));
		other.result.close();
		expect(await mayHoldData(factory)).toBe(false);
		const app = factory.open(DATABASE_NAME);
		await new Promise((resolve) => (app.onsuccess = resolve));
		app.result.close();
		expect(await mayHoldData(factory)).toBe(true);
	});

	it('asks for the database the app opens', () => {
		expect(new QepDatabase().name).toBe(DATABASE_NAME);
	});

	it('assumes there may be data when the browser cannot list its databases', async () => {
		expect(await mayHoldData(undefined)).toBe(true);
		const silent = { databases: undefined } as unknown as IDBFactory;
		expect(await mayHoldData(silent)).toBe(true);
		const failing = { databases: () => Promise.reject(new Error('denied')) } as unknown as IDBFactory;
		expect(await mayHoldData(failing)).toBe(true);
	});
});
