// Kiosk enrolment links, the kiosk's configuration and its PIN, against a real PocketBase.
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { kioskConfigSchema } from '../../src/lib/domain/kiosk-config';
import { statusOf } from '../support/http';
import { createWorld, superClient, type World } from '../support/world';

describe('kiosk enrolment', () => {
	let w: World;
	const newLink = (client: PocketBase, kioskId: string) =>
		client.send<{ code: string; expiresAt: string }>(`/api/qep/kiosks/${kioskId}/enrolment`, {
			method: 'POST'
		});
	const enrol = (code: string) => {
		const device = new PocketBase(w.su.baseURL);
		device.autoCancellation(false);
		return device
			.send<{ token: string; record: { id: string } }>('/api/qep/enrol', { method: 'POST', body: { code } })
			.then((auth) => {
				device.authStore.save(auth.token, auth.record as never);
				return device;
			});
	};
	const config = (device: PocketBase) => device.send('/api/qep/kiosk/config', {});

	beforeAll(async () => {
		w = await createWorld(await superClient(inject('pbUrl'), inject('superuser')));
	});

	it('a referent’s one-time link signs the tablet in as that kiosk, with everything it needs cached', async () => {
		const link = await newLink(w.clients.referent, w.kiosk.id);
		expect(link.code).toMatch(/^[A-Za-z0-9]{32}$/);
		expect(Date.parse(link.expiresAt) - Date.now()).toBeGreaterThan(23 * 3600 * 1000);
		const device = await enrol(link.code);
		const parsed = kioskConfigSchema.parse(await config(device));
		expect(parsed.kiosk.id).toBe(w.kiosk.id);
		expect(parsed.site.id).toBe(w.siteA.id);
		expect(parsed.point?.id).toBe(w.pointA.id);
		expect(parsed.questionnaire.id).toBeTruthy();
		expect(parsed.questions.length).toBeGreaterThan(0);
	});

	it('a link works once', async () => {
		const { code } = await newLink(w.clients.admin, w.kiosk.id);
		await enrol(code);
		expect(await statusOf(enrol(code))).toBe(404);
	});

	it('an expired link does not work', async () => {
		const { code } = await newLink(w.clients.referent, w.kiosk.id);
		await w.su.collection('kiosks').update(w.kiosk.id, { enrolment_expires_at: '2020-01-01 00:00:00.000Z' });
		expect(await statusOf(enrol(code))).toBe(400);
	});

	it('a new link replaces the previous one, and a new enrolment ends the previous tablet’s session', async () => {
		const first = await newLink(w.clients.referent, w.kiosk.id);
		const second = await newLink(w.clients.referent, w.kiosk.id);
		expect(await statusOf(enrol(first.code))).toBe(404);
		const oldTablet = await enrol(second.code);
		const newTablet = await enrol((await newLink(w.clients.referent, w.kiosk.id)).code);
		expect(await statusOf(config(newTablet))).toBe(200);
		expect(await statusOf(config(oldTablet))).toBe(401);
	});

	it('only referents and admins make links, and never for a revoked kiosk', async () => {
		for (const role of ['anonymous', 'kiosk', 'agent', 'otherAgent'] as const) {
			expect(await statusOf(newLink(w.clients[role], w.kiosk.id)), role).toBe(403);
		}
		const revoked = await w.su.collection('kiosks').create({ ...w.make.kiosk(), status: 'revoked' });
		expect(await statusOf(newLink(w.clients.referent, revoked.id))).toBe(400);
	});

	it('nonsense codes are refused without revealing anything', async () => {
		expect(await statusOf(enrol('short'))).toBe(400);
		expect(await statusOf(enrol('x'.repeat(32)))).toBe(404);
	});

	it('the staff PIN hash is set by managers only and reaches the kiosk’s configuration, never the API', async () => {
		const pin = { salt: 'a'.repeat(32), hash: 'b'.repeat(64), iterations: 100000 };
		const setPin = (client: PocketBase) =>
			client.send(`/api/qep/kiosks/${w.kiosk.id}/pin`, { method: 'POST', body: pin });
		expect(await statusOf(setPin(w.clients.agent))).toBe(403);
		expect(await statusOf(setPin(w.clients.referent))).toBe(200);
		const device = await enrol((await newLink(w.clients.referent, w.kiosk.id)).code);
		expect(kioskConfigSchema.parse(await config(device)).pin).toEqual(pin);
		const seen = await w.clients.referent.collection('kiosks').getOne(w.kiosk.id);
		expect(seen).not.toHaveProperty('pin_hash');
		expect(
			await statusOf(
				w.clients.referent.send(`/api/qep/kiosks/${w.kiosk.id}/pin`, {
					method: 'POST',
					body: { ...pin, hash: 'zz' }
				})
			)
		).toBe(400);
	});

	it('a revoked kiosk gets no configuration', async () => {
		const kiosk = await w.su.collection('kiosks').create(w.make.kiosk());
		const device = await enrol((await newLink(w.clients.referent, kiosk.id)).code);
		await w.su.collection('kiosks').update(kiosk.id, { status: 'revoked' });
		expect(await statusOf(config(device))).toBe(403);
	});

	it('answers every refusal with a code: a revoked kiosk, a body that is not a JSON object (issue 10)', async () => {
		const revoked = await w.su.collection('kiosks').create({ ...w.make.kiosk(), status: 'revoked' });
		await expect(newLink(w.clients.referent, revoked.id)).rejects.toMatchObject({
			status: 400,
			response: { data: { kiosk: { code: 'revoked' } } }
		});
		const post = (path: string, body: string, token = '') =>
			fetch(`${w.su.baseURL}${path}`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: token } : {}) },
				body
			});
		for (const body of ['not json', '[1]', '"code"']) {
			for (const response of [
				await post('/api/qep/enrol', body),
				await post(`/api/qep/kiosks/${w.kiosk.id}/pin`, body, w.clients.referent.authStore.token)
			]) {
				expect(response.status, body).toBe(400);
				const { data } = (await response.json()) as { data: Record<string, { code?: string }> };
				expect(
					Object.values(data).map((field) => field.code),
					body
				).toContain('invalid');
			}
		}
	});
});
