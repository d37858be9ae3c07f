// Signed-in callers have limits of their own on the routes anonymous visitors are limited on: a kiosk's
// token sits on a tablet in a public hall, and an account must never be a way around the limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trackingToken } from '../support/complaints';
import { SUPERUSER, startTestServer, type TestServer } from '../support/server.js';
import { createWorld, superClient, type World } from '../support/world';

describe('limits on signed-in callers', () => {
	// Its own server: exhausting a limit must not slow the other tests down.
	let server: TestServer;
	let w: World;
	beforeAll(async () => {
		server = await startTestServer();
		w = await createWorld(await superClient(server.url, SUPERUSER));
	});
	afterAll(() => server?.stop());

	/** Statuses of `count` requests to a route with the kiosk's token, one after the other. */
	const kioskStatuses = async (path: string, body: unknown, count: number) => {
		const statuses: number[] = [];
		for (let i = 0; i < count; i++) {
			const response = await fetch(`${server.url}${path}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: w.clients.kiosk.authStore.token },
				body: JSON.stringify(body)
			});
			statuses.push(response.status);
		}
		return statuses;
	};

	it('takes 60 complaint requests a minute from a kiosk, then slows it down', async () => {
		const statuses = await kioskStatuses('/api/qep/complaints', { items: [] }, 61);
		expect(statuses.slice(0, 60)).toEqual(Array(60).fill(400));
		expect(statuses[60]).toBe(429);
	});

	it('takes 30 tracking requests a minute from a signed-in caller', async () => {
		const statuses = await kioskStatuses('/api/qep/track', { token: trackingToken() }, 31);
		expect(statuses.slice(0, 30)).toEqual(Array(30).fill(404));
		expect(statuses[30]).toBe(429);
	});

	it('opens no account to anyone: the default users collection is gone', async () => {
		const response = await fetch(`${server.url}/api/collections/users/records`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				email: 'me@example.org',
				password: 'password1234',
				passwordConfirm: 'password1234'
			})
		});
		expect(response.status).toBe(404);
		const auth = await fetch(`${server.url}/api/collections/users/auth-with-password`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ identity: 'me@example.org', password: 'password1234' })
		});
		expect(auth.status).toBe(404);
	});
});
