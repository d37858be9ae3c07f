// Settings the sync engine and the anonymous forms rely on: batch API on, rate limits on (sign-in,
// complaints, tracking; for guests and for signed-in callers), no account to open.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERUSER, startTestServer, type TestServer } from '../support/server.js';
import { trackingToken } from '../support/complaints';
import { createWorld, superClient, unique, type World } from '../support/world';

describe('server settings', () => {
	// Its own server: exhausting a rate limit must not slow the other tests down.
	let server: TestServer;
	let w: World;
	beforeAll(async () => {
		server = await startTestServer();
		w = await createWorld(await superClient(server.url, SUPERUSER));
	});
	afterAll(() => server?.stop());

	it('has the batch API on, closed to anonymous submissions (they go through the routes)', async () => {
		const batch = w.clients.referent.createBatch();
		batch
			.collection('reception_points')
			.create({ site: w.siteA.id, name: 'Guichet 1', slug: unique('g1'), kind: 'autre' });
		batch
			.collection('reception_points')
			.create({ site: w.siteA.id, name: 'Guichet 2', slug: unique('g2'), kind: 'autre' });
		expect((await batch.send()).map((r) => r.status)).toEqual([200, 200]);
		const anonymous = w.clients.anonymous.createBatch();
		anonymous.collection('suggestions').create(w.make.suggestion('web'));
		await expect(anonymous.send()).rejects.toBeInstanceOf(ClientResponseError);
	});

	it('keeps request logs (visitors’ addresses) as long as the policy says, not PocketBase’s 5 days', async () => {
		const maxDays = async () => ((await w.su.settings.getAll()).logs as { maxDays: number }).maxDays;
		const policy = await w.clients.referent.collection('policies').getFirstListItem('');
		expect(policy.log_retention_days).toBe(30);
		expect(await maxDays()).toBe(30);
		await w.clients.referent.collection('policies').update(policy.id, { log_retention_days: 12 });
		expect(await maxDays()).toBe(12);
		await w.clients.referent.collection('policies').update(policy.id, { log_retention_days: 30 });
		expect(await maxDays()).toBe(30);
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

	it('limits reset-link requests from one address (5 in 5 minutes), whatever the address asked', async () => {
		const guest = new PocketBase(server.url);
		guest.autoCancellation(false);
		const statuses: number[] = [];
		for (let i = 0; i < 7; i++) {
			try {
				await guest.collection('staff').requestPasswordReset(`nobody-${i}@tests.invalid`);
				statuses.push(204);
			} catch (error) {
				statuses.push((error as ClientResponseError).status);
			}
		}
		expect(statuses).toEqual([204, 204, 204, 204, 204, 429, 429]);
	});

	/** Statuses of `count` requests to a route, one after the other, as a guest or with a token. */
	const statusesOf = async (path: string, body: unknown, count: number, token?: string) => {
		const statuses: number[] = [];
		for (let i = 0; i < count; i++) {
			const response = await fetch(`${server.url}${path}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...(token ? { authorization: token } : {}) },
				body: JSON.stringify(body)
			});
			statuses.push(response.status);
		}
		return statuses;
	};

	it('takes 6 complaint requests a minute from one guest address', async () => {
		// Empty batches: refused (400), yet counted like any request.
		expect(await statusesOf('/api/qep/complaints', { items: [] }, 7)).toEqual([...Array(6).fill(400), 429]);
	});

	it('takes 10 tracking requests a minute from one guest address', async () => {
		expect(await statusesOf('/api/qep/track', { token: trackingToken() }, 11)).toEqual([
			...Array(10).fill(404),
			429
		]);
	});

	// A kiosk's token sits on a tablet in a public hall, and an account must never be a way around the
	// limits: signed-in callers have limits of their own on the same routes.
	it('takes 60 complaint requests a minute from a kiosk, then slows it down', async () => {
		const statuses = await statusesOf(
			'/api/qep/complaints',
			{ items: [] },
			61,
			w.clients.kiosk.authStore.token
		);
		expect(statuses.slice(0, 60)).toEqual(Array(60).fill(400));
		expect(statuses[60]).toBe(429);
	});

	it('takes 30 tracking requests a minute from a signed-in caller', async () => {
		const token = w.clients.kiosk.authStore.token;
		const statuses = await statusesOf('/api/qep/track', { token: trackingToken() }, 31, token);
		expect(statuses.slice(0, 30)).toEqual(Array(30).fill(404));
		expect(statuses[30]).toBe(429);
	});

	it('opens no account to anyone: the default users collection is gone', async () => {
		const account = { email: 'me@example.org', password: 'password1234', passwordConfirm: 'password1234' };
		expect(await statusesOf('/api/collections/users/records', account, 1)).toEqual([404]);
		const signIn = { identity: 'me@example.org', password: 'password1234' };
		expect(await statusesOf('/api/collections/users/auth-with-password', signIn, 1)).toEqual([404]);
	});

	it('refuses impossible closure days, invisible names and labels through the record API (issue 10)', async () => {
		const referent = w.clients.referent;
		const refused = (call: Promise<unknown>, field: string) =>
			expect(call, field).rejects.toMatchObject({
				status: 400,
				response: { data: { [field]: { code: expect.stringMatching(/^validation_/) } } }
			});
		await refused(referent.collection('sites').update(w.siteA.id, { closures: ['2026-02-30'] }), 'closures');
		await refused(referent.collection('sites').update(w.siteA.id, { closures: '2026-05-08' }), 'closures');
		await refused(
			referent.collection('sites').update(w.siteA.id, { closures: ['2026-05-08', '2026-05-08'] }),
			'closures'
		);
		await refused(referent.collection('sites').update(w.siteA.id, { name: '\u200b'.repeat(12) }), 'name');
		await refused(
			referent.collection('reception_points').update(w.pointA.id, { name: '\u200b\u200b' }),
			'name'
		);
		// An active questionnaire is frozen: a draft's questions are the ones a referent writes.
		const draft = await w.su.collection('questionnaires').create(w.make.questionnaire('draft'));
		const question = { questionnaire: draft.id, engagement: w.engagement.id, position: 1 };
		await refused(referent.collection('questions').create({ ...question, label: { fr: '\u200b' } }), 'label');
		await refused(referent.collection('questions').create({ ...question, label: 'Satisfait ?' }), 'label');
		await refused(
			referent.collection('questionnaires').update(draft.id, { title: { en: 'Your opinion' } }),
			'title'
		);
		const policy = await referent.collection('policies').getFirstListItem('');
		await refused(
			referent.collection('policies').update(policy.id, { satisfaction_threshold: 5 }),
			'satisfaction_threshold'
		);
		const site = await w.su.collection('sites').getOne(w.siteA.id);
		expect(site.closures ?? []).toEqual([]);
		expect(site.name).toBe(w.siteA.name);
		// What the settings page sends is still fine.
		expect(
			(await referent.collection('sites').update(w.siteA.id, { closures: ['2026-05-08', '2026-12-24'] }))
				.closures
		).toEqual(['2026-05-08', '2026-12-24']);
	});
});
