// Settings the sync engine and the anonymous forms rely on: batch API on, guest rate limits on.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERUSER, startTestServer, type TestServer } from '../support/server.js';
import { createWorld, superClient, type World } from '../support/world';

describe('server settings', () => {
	// Its own server: exhausting a rate limit must not slow the other tests down.
	let server: TestServer;
	let w: World;
	beforeAll(async () => {
		server = await startTestServer();
		w = await createWorld(await superClient(server.url, SUPERUSER));
	});
	afterAll(() => server?.stop());

	it('accepts several anonymous submissions in one batch request', async () => {
		const batch = w.clients.anonymous.createBatch();
		batch.collection('suggestions').create(w.make.suggestion('web'));
		batch.collection('suggestions').create(w.make.suggestion('web'));
		const results = await batch.send();
		expect(results.map((r) => r.status)).toEqual([200, 200]);
	});

	it('slows down password guessing from one address', async () => {
		const guest = new PocketBase(server.url);
		guest.autoCancellation(false);
		const statuses: number[] = [];
		for (let i = 0; i < 12; i++) {
			try {
				await guest.collection('staff').authWithPassword('nobody@tests.invalid', `guess-${i}`);
				statuses.push(200);
			} catch (error) {
				statuses.push((error as ClientResponseError).status);
			}
		}
		expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
		expect(statuses.slice(10)).toEqual([429, 429]);
	});
});
