// Visitors' words and the figures made from them are append-only for everyone, the superuser included
// (pb_hooks/08_append_only.pb.js): survey rows, daily counts, suggestions, the complaint and alert trails, and a
// complaint's own words and facts. Staff change a complaint's workflow through the routes, which leave a trail.
import type PocketBase from 'pocketbase';
import { ClientResponseError, type RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createWorld, superClient, type World } from '../support/world';

/** The status and code of a call that should be refused, or 200. */
async function refusal(call: Promise<unknown>): Promise<{ status: number; code?: unknown }> {
	try {
		await call;
		return { status: 200 };
	} catch (error) {
		if (!(error instanceof ClientResponseError)) throw error;
		return { status: error.status, code: (error.response as { code?: unknown }).code };
	}
}
const APPEND_ONLY = { status: 403, code: 'append_only' };

let su: PocketBase;
let w: World;
let days = 0;

/** A fresh record of each sealed collection, made by the superuser (creating stays possible). */
const TARGETS: Record<string, { make: () => Promise<RecordModel>; patch: Record<string, unknown> }> = {
	survey_responses: {
		make: () => su.collection('survey_responses').create(w.make.response('web')),
		patch: { comment: 'réécrit' }
	},
	survey_answers: {
		make: async () => {
			const response = await su.collection('survey_responses').create(w.make.response('web'));
			return su.collection('survey_answers').create({ ...w.make.answer(), response: response.id });
		},
		patch: { value: 'very_dissatisfied' }
	},
	answer_counts: {
		make: () => {
			const { response: _response, ...answer } = w.make.answer();
			const day = new Date(Date.UTC(2002, 0, 1 + days++)).toISOString().slice(0, 10);
			return su.collection('answer_counts').create({ ...answer, reception_point: '', day, n: 3 });
		},
		patch: { n: 1000 }
	},
	suggestions: {
		make: () => su.collection('suggestions').create(w.make.suggestion('web')),
		patch: { text: 'Texte réécrit par quelqu’un d’autre.' }
	},
	complaint_events: {
		make: () => su.collection('complaint_events').create({ complaint: w.complaint.id, type: 'received' }),
		patch: { type: 'answered' }
	},
	alert_events: {
		make: async () => {
			const alert = await su.collection('alerts').create({
				kind: 'lasting',
				scope: 'site',
				site: w.siteA.id,
				status: 'closed',
				opened_on: '2026-12-01'
			});
			return su.collection('alert_events').create({ alert: alert.id, type: 'opened', data: { n: 70 } });
		},
		patch: { type: 'closed' }
	}
};

beforeAll(async () => {
	su = await superClient(inject('pbUrl'), inject('superuser'));
	w = await createWorld(su);
});

describe('append-only records', () => {
	for (const [collection, { make, patch }] of Object.entries(TARGETS)) {
		it(`${collection}: the superuser can neither update nor delete one (403 append_only)`, async () => {
			const record = await make();
			expect(await refusal(su.collection(collection).update(record.id, patch))).toMatchObject(APPEND_ONLY);
			expect(await refusal(su.collection(collection).delete(record.id))).toMatchObject(APPEND_ONLY);
			const stored = await su.collection(collection).getOne(record.id);
			for (const field of Object.keys(patch)) expect(stored[field]).toEqual(record[field]);
		});
	}

	it('suggestions: no staff role can update or delete one through the record API', async () => {
		const suggestion = await TARGETS.suggestions!.make();
		for (const role of ['agent', 'referent', 'admin'] as const) {
			const api = w.clients[role].collection('suggestions');
			expect((await refusal(api.update(suggestion.id, { text: 'Réécrit.' }))).status, role).toBe(403);
			expect((await refusal(api.delete(suggestion.id))).status, role).toBe(403);
		}
		expect((await su.collection('suggestions').getOne(suggestion.id)).text).toBe(suggestion.text);
	});
});

describe("a complaint's words and facts", () => {
	const complaint = () =>
		su.collection('complaints').create({
			...w.make.complaint('web'),
			status: 'received',
			received_at: new Date().toISOString(),
			deadline_at: new Date(Date.now() + 21 * 86400000).toISOString()
		});

	for (const patch of [
		{ description: 'Une autre histoire que celle du demandeur.' },
		{ subject: 'Sujet réécrit' },
		{ contact_name: 'Quelqu’un d’autre' },
		{ contact_email: 'autre@example.org' },
		{ contact_phone: '01 02 03 04 05' },
		{ contact_address: '1 rue Ailleurs' }
	]) {
		it(`the superuser cannot change ${Object.keys(patch)[0]} (403 append_only)`, async () => {
			const record = await complaint();
			expect(await refusal(su.collection('complaints').update(record.id, patch))).toMatchObject(APPEND_ONLY);
			const stored = await su.collection('complaints').getOne(record.id);
			const [field] = Object.keys(patch);
			expect(stored[field!]).toEqual(record[field!]);
		});
	}

	it('the superuser cannot delete a complaint (403 append_only)', async () => {
		const record = await complaint();
		expect(await refusal(su.collection('complaints').delete(record.id))).toMatchObject(APPEND_ONLY);
		expect((await su.collection('complaints').getOne(record.id)).id).toBe(record.id);
	});

	it('staff change its status through the route, with a trail, never through the record API', async () => {
		const record = await complaint();
		for (const role of ['agent', 'referent', 'admin'] as const)
			expect(
				(await refusal(w.clients[role].collection('complaints').update(record.id, { status: 'in_progress' })))
					.status,
				role
			).toBe(403);
		expect((await su.collection('complaints').getOne(record.id)).status).toBe('received');
		await w.clients.agent.send(`/api/qep/complaints/${record.id}/status`, {
			method: 'POST',
			body: { to: 'in_progress' }
		});
		expect((await su.collection('complaints').getOne(record.id)).status).toBe('in_progress');
		const trail = await su
			.collection('complaint_events')
			.getFullList({ filter: su.filter('complaint = {:id}', { id: record.id }) });
		expect(trail.map((e) => e.type)).toContain('status_changed');
	});
});
