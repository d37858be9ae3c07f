// Access rules that a role × operation table cannot show: fields a role must not set, sites it must not
// speak for, and accounts that must stop working.

import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { statusOf } from '../support/http';
import { createWorld, superClient, unique, type World } from '../support/world';

describe('access rules beyond the table', () => {
	let w: World;
	beforeAll(async () => {
		w = await createWorld(await superClient(inject('pbUrl'), inject('superuser')));
	});

	it('complaints and suggestions come in through the route only: the record API refuses them, forged or not', async () => {
		const complaints = w.clients.anonymous.collection('complaints');
		for (const forged of [
			{},
			{ reference: '2026-R-000001' },
			{ status: 'closed' },
			{ answer: 'Réponse inventée' }
		]) {
			expect(await statusOf(complaints.create({ ...w.make.complaint('web'), ...forged }))).toBe(403);
		}
		expect(await statusOf(w.clients.kiosk.collection('complaints').create(w.make.complaint('kiosk')))).toBe(
			403
		);
		const suggestions = w.clients.anonymous.collection('suggestions');
		expect(await statusOf(suggestions.create(w.make.suggestion('web')))).toBe(403);
	});

	it('visitors do not see draft questionnaires; staff do', async () => {
		const draft = await w.su.collection('questionnaires').create(w.make.questionnaire('draft'));
		expect(await statusOf(w.clients.anonymous.collection('questionnaires').getOne(draft.id))).toBe(404);
		expect(await statusOf(w.clients.agent.collection('questionnaires').getOne(draft.id))).toBe(200);
	});

	it('an agent may rename themself but not change their role or sites', async () => {
		const self = w.clients.agent.collection('staff');
		const id = w.people.agent.id;
		expect(await statusOf(self.update(id, { name: 'Paul Agent' }))).toBe(200);
		expect(await statusOf(self.update(id, { role: 'admin' }))).not.toBe(200);
		expect(await statusOf(self.update(id, { sites: [w.siteA.id, w.siteB.id] }))).not.toBe(200);
		const stored = await w.su.collection('staff').getOne(id);
		expect(stored.role).toBe('agent');
		expect(stored.sites).toEqual([w.siteA.id]);
	});

	it('the tracking token hash is never served, not even to staff of the site', async () => {
		const complaint = await w.su
			.collection('complaints')
			.create({ ...w.make.complaint('web'), tracking_token_hash: 'f'.repeat(64) });
		const seen = await w.clients.agent.collection('complaints').getOne(complaint.id);
		expect(seen).not.toHaveProperty('tracking_token_hash');
	});

	it('a revoked kiosk can no longer renew its token', async () => {
		const kiosk = await w.su.collection('kiosks').create(w.make.kiosk());
		const device = await w.su.collection('kiosks').impersonate(kiosk.id, 3600);
		expect(await statusOf(device.collection('kiosks').authRefresh())).toBe(200);
		await w.su.collection('kiosks').update(kiosk.id, { status: 'revoked' });
		expect(await statusOf(device.collection('kiosks').authRefresh())).not.toBe(200);
	});

	it('a record others point to is not deleted: a reception point with answers, an account with a trail', async () => {
		const point = await w.su.collection('reception_points').create({
			site: w.siteA.id,
			name: 'Point numérique',
			slug: unique('numerique'),
			kind: 'point_numerique',
			active: true
		});
		await w.su
			.collection('survey_responses')
			.create({ ...w.make.response('web'), reception_point: point.id });
		const refusal = await w.clients.referent
			.collection('reception_points')
			.delete(point.id)
			.catch((e: ClientResponseError) => e);
		expect((refusal as ClientResponseError).status).toBe(400);
		expect((refusal as ClientResponseError).response.data).toMatchObject({ id: { code: 'in_use' } });
		expect(await statusOf(w.su.collection('reception_points').getOne(point.id))).toBe(200);

		const staff = await w.su.collection('staff').create(w.make.staff('agent', [w.siteA.id]));
		await w.su
			.collection('complaint_events')
			.create({ complaint: w.complaint.id, actor: staff.id, type: 'note', data: {} });
		expect(await statusOf(w.clients.admin.collection('staff').delete(staff.id))).toBe(400);
		expect(await statusOf(w.su.collection('staff').getOne(staff.id))).toBe(200);

		// Nothing points at a fresh point: it goes.
		const unused = await w.su.collection('reception_points').create({
			site: w.siteA.id,
			name: 'Guichet fermé',
			slug: unique('ferme'),
			kind: 'accueil_general',
			active: true
		});
		expect(await statusOf(w.clients.referent.collection('reception_points').delete(unused.id))).toBe(200);
	});

	it('a batch cannot carry what the record API refuses: any key case, JSON or multipart', async () => {
		const policy = await w.su.collection('policies').getFirstListItem('');
		const url = `/api/collections/policies/records/${policy.id}`;
		const send = (body: BodyInit, json: boolean) =>
			fetch(`${inject('pbUrl')}/api/batch`, {
				method: 'POST',
				headers: {
					authorization: w.clients.referent.authStore.token,
					...(json ? { 'content-type': 'application/json' } : {})
				},
				body
			});
		const bodies = [
			{ requests: [{ method: 'PATCH', url, body: { complaint_deadline_days: '32' } }] },
			{ Requests: [{ method: 'PATCH', url, body: { complaint_deadline_days: '33' } }] },
			{ requests: [{ method: 'PATCH', url, Body: { complaint_deadline_days: '34' } }] }
		];
		for (const body of bodies) {
			const response = await send(JSON.stringify(body), true);
			expect(response.status, JSON.stringify(body)).toBe(400);
			expect(await response.json()).toMatchObject({
				data: { 'requests.0.complaint_deadline_days': { code: 'invalid' } }
			});
		}
		const form = new FormData();
		form.append(
			'@jsonPayload',
			JSON.stringify({
				requests: [
					{ method: 'PATCH', url, body: { organisation_name: 'ab\ufffdcd', complaint_deadline_days: '35' } }
				]
			})
		);
		const multipart = await send(form, false);
		expect(multipart.status).toBe(400);
		expect(Object.keys(((await multipart.json()) as { data: object }).data).sort()).toEqual([
			'requests.0.complaint_deadline_days',
			'requests.0.organisation_name'
		]);
		expect(await w.su.collection('policies').getOne(policy.id)).toMatchObject({
			complaint_deadline_days: policy.complaint_deadline_days,
			organisation_name: policy.organisation_name
		});
	});
});
