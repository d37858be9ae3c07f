import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePb } from './fake-client';
import * as settings from './settings-admin';
import { UnexpectedAnswer } from './answer';

vi.mock('./client', async () => ({ pb: (await import('./fake-client')).fakePb }));

const site = {
	id: 'metz00000000001',
	name: 'Metz',
	slug: 'metz',
	department_code: '57',
	zone: 'alsace-moselle',
	time_zone: 'Europe/Paris',
	closures: ['2026-12-26'],
	contact_email: '',
	contact_address: '',
	active: true
};
const point = {
	id: 'point0000000001',
	site: site.id,
	name: 'Accueil',
	slug: 'accueil',
	kind: 'cert' as const,
	active: true
};

beforeEach(() => fakePb.reset());

describe('the settings client', () => {
	it('parses the sites and asks for the fields its schema reads', async () => {
		fakePb.answers.sites = [{ ...site, collectionId: 'x' }];
		expect(await settings.sites()).toEqual([site]);
		expect(fakePb.optionsOf('sites', 'getFullList').fields).toBe(
			'id,name,slug,department_code,zone,time_zone,closures,contact_email,contact_address,active'
		);
	});

	it('parses a saved reception point', async () => {
		const { id, ...fields } = point;
		fakePb.answers.reception_points = { ...point, created: '2026-12-01 10:00:00.000Z' };
		expect(await settings.createPoint(fields)).toEqual({ id, ...fields });
	});

	it('rejects a site of an unknown zone and a point without its kind', async () => {
		fakePb.answers.sites = [{ ...site, zone: 'atlantis' }];
		await expect(settings.sites()).rejects.toBeInstanceOf(UnexpectedAnswer);
		fakePb.answers.reception_points = { ...point, kind: undefined };
		await expect(settings.updatePoint(point.id, { name: 'Accueil' })).rejects.toBeInstanceOf(
			UnexpectedAnswer
		);
	});
});
