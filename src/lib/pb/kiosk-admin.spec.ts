import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePb } from './fake-client';
import * as kioskAdmin from './kiosk-admin';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const kiosk = {
	id: 'kiosk0000000001',
	name: 'Borne du hall',
	site: 'metz00000000001',
	reception_point: '',
	languages: ['fr', 'en'],
	status: 'active',
	last_seen_at: '2026-12-01 10:00:00.000Z'
};
const health = { pending: 0, persisted: true, appVersion: '1.0.0' };

beforeEach(() => {
	fakePb.reset();
	vi.stubGlobal('location', { origin: 'https://qualite.example.fr' });
});

describe('the kiosks client', () => {
	it('parses the kiosks; a health report of another shape is left out', async () => {
		fakePb.answers.kiosks = [
			{ ...kiosk, health },
			{ ...kiosk, health: null },
			{ ...kiosk, health: { pending: 'many' } }
		];
		expect(await kioskAdmin.list()).toEqual([{ ...kiosk, health }, kiosk, kiosk]);
		expect(fakePb.optionsOf('kiosks', 'getFullList').fields).toBe(
			'name,site,reception_point,languages,status,last_seen_at,id,health'
		);
	});

	it('keeps the kiosk’s own checks and drops the fields it does not read', async () => {
		fakePb.answers.kiosks = { ...kiosk, pin_hash: 'ab', enrolment_hash: 'cd' };
		expect(await kioskAdmin.create({ name: kiosk.name })).toEqual(kiosk);
		fakePb.answers.kiosks = { ...kiosk, languages: [] };
		await expect(kioskAdmin.create({ name: kiosk.name })).rejects.toBeInstanceOf(UnexpectedAnswer);
	});

	it('rejects a kiosk of an unknown status', async () => {
		fakePb.answers.kiosks = { ...kiosk, status: 'lost' };
		await expect(kioskAdmin.create({ name: kiosk.name })).rejects.toBeInstanceOf(UnexpectedAnswer);
	});

	it('builds the enrolment link from a well-formed answer only', async () => {
		const path = `/api/qep/kiosks/${kiosk.id}/enrolment`;
		fakePb.answers[path] = { code: 'abc', expiresAt: '2026-12-01T10:15:00Z' };
		expect(await kioskAdmin.createEnrolment(kiosk.id)).toEqual({
			code: 'abc',
			expiresAt: '2026-12-01T10:15:00Z',
			url: 'https://qualite.example.fr/borne/inscription#abc'
		});
		fakePb.answers[path] = { expiresAt: '2026-12-01T10:15:00Z' };
		await expect(kioskAdmin.createEnrolment(kiosk.id)).rejects.toBeInstanceOf(UnexpectedAnswer);
		fakePb.answers[path] = { code: '', expiresAt: '2026-12-01T10:15:00Z' };
		await expect(kioskAdmin.createEnrolment(kiosk.id)).rejects.toBeInstanceOf(UnexpectedAnswer);
	});
});
