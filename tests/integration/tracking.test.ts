// POST /api/qep/track: a citizen sees their own complaint, by its private token or by its reference and
// their e-mail address, and nothing tells a stranger whether a reference exists. Complaints are not
// readable through the record API by guests. (The guests' rate limit on /track: settings.test.ts.)
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { statusOf } from '../support/http';
import { complaintItem, submit, track, trackingToken, type Item, type Receipt } from '../support/complaints';
import { createWorld, superClient, type World } from '../support/world';

describe('complaint tracking', () => {
	let w: World;
	let a: { item: Item; receipt: Receipt };
	let b: { item: Item; receipt: Receipt };
	const guest = () => w.clients.anonymous;

	beforeAll(async () => {
		w = await createWorld(await superClient(inject('pbUrl'), inject('superuser')));
		const items = [complaintItem(w, { subject: 'Dossier A' }), complaintItem(w, { subject: 'Dossier B' })];
		const results = await submit(w.clients.agent, items);
		const tracked = results.map((r, i) => ({
			item: items[i]!,
			receipt: (r as { receipt: Receipt }).receipt
		}));
		[a, b] = [tracked[0]!, tracked[1]!];
	});

	it('shows the holder of a token their complaint, and only theirs', async () => {
		const seenA = await track(guest(), { token: a.item.data.tracking_token });
		expect(seenA.status).toBe(200);
		expect(seenA.view).toEqual({
			reference: a.receipt.reference,
			kind: 'complaint',
			status: 'received',
			subject: 'Dossier A',
			description: a.item.data.description,
			service: a.item.data.service,
			site: { name: w.siteA.name, contact_email: '', contact_address: '', time_zone: w.siteA.time_zone },
			received_at: a.receipt.received_at,
			deadline_at: a.receipt.deadline_at,
			answer: '',
			answered_at: ''
		});
		const seenB = await track(guest(), { token: b.item.data.tracking_token });
		expect(seenB.view!.reference).toBe(b.receipt.reference);
		expect(seenB.view!.subject).toBe('Dossier B');
	});

	it('finds a complaint by reference and e-mail, and answers a wrong e-mail exactly as an unknown reference', async () => {
		const email = (a.item.data.contact_email as string).toUpperCase();
		expect((await track(guest(), { reference: a.receipt.reference, email })).view!.subject).toBe('Dossier A');
		const wrongEmail = await track(guest(), {
			reference: a.receipt.reference,
			email: b.item.data.contact_email
		});
		const unknown = await track(guest(), { reference: '2099-R-999999', email: a.item.data.contact_email });
		expect(wrongEmail).toEqual({ status: 404, error: expect.objectContaining({ code: 'not_found' }) });
		expect(unknown).toEqual(wrongEmail);
	});

	it('answers 404 to an unknown token and 400 to a malformed request', async () => {
		expect((await track(w.clients.agent, { token: trackingToken() })).status).toBe(404);
		for (const body of [{}, { token: 'short' }, { reference: 'R-1', email: 'a@b.fr' }]) {
			expect((await track(w.clients.agent, body)).status, JSON.stringify(body)).toBe(400);
		}
	});

	it('names the malformed field of a refused request with its code (issue 10)', async () => {
		const cases: [unknown, Record<string, string>][] = [
			[{ token: ['x'] }, { token: 'invalid' }],
			[{}, { reference: 'required', email: 'required' }],
			[
				{ reference: { r: 1 }, email: 42 },
				{ reference: 'invalid', email: 'invalid' }
			],
			[[1, 2], { body: 'invalid' }]
		];
		for (const [body, codes] of cases) {
			const refused = await track(w.clients.agent, body);
			expect(refused.status, JSON.stringify(body)).toBe(400);
			expect(refused.error!.data).toEqual(
				Object.fromEntries(Object.entries(codes).map(([f, code]) => [f, expect.objectContaining({ code })]))
			);
		}
	});

	it('lets guests neither list nor view complaints through the record API', async () => {
		const list = await guest().collection('complaints').getList(1, 50);
		expect(list.items).toEqual([]);
		expect(await statusOf(guest().collection('complaints').getOne(a.item.id))).toBe(404);
	});
});
