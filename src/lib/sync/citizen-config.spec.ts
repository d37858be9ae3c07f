import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copies } from '$lib/db/fake-device-cache';
import { welcomeEngagement as engagement } from '$lib/domain/engagements.fixture';
import { metzPoint, metzSite } from '$lib/domain/places.fixture';
import { listPage as page, served } from '$lib/pb/fake-fetch';
import { PUBLIC_READS } from '$lib/pb/public-reads';
import { loadCitizenConfig, loadPlaces } from './citizen-config';

vi.mock('$lib/db/device-cache', () => import('$lib/db/fake-device-cache'));

const site = { ...metzSite, contact_email: 'accueil@moselle.gouv.fr', contact_address: '' };
const point = metzPoint;

afterEach(() => vi.unstubAllGlobals());
beforeEach(() => {
	served.install();
	copies.clear();
	Object.assign(served.answers, {
		[PUBLIC_READS.sites]: page([site]),
		[PUBLIC_READS.points]: page([point]),
		[PUBLIC_READS.engagements]: page([engagement])
	});
});

describe('the forms’ reference data', () => {
	it('reads the sites, points and engagements at their addresses and keeps a copy', async () => {
		const config = await loadCitizenConfig();
		expect(config.sites[0]).toMatchObject({ slug: 'metz', contact_email: 'accueil@moselle.gouv.fr' });
		expect(config.engagements).toHaveLength(1);
		await vi.waitFor(() => expect(copies.get('citizen-config')).toEqual(config));
	});
});

describe('loadPlaces (the web survey’s chooser)', () => {
	it('reads the sites and points only', async () => {
		expect(await loadPlaces()).toEqual({
			sites: [expect.objectContaining({ id: site.id, slug: 'metz' })],
			points: [point]
		});
		expect(served.requests.map((r) => r.url).sort()).toEqual(
			[PUBLIC_READS.points, PUBLIC_READS.sites].sort()
		);
	});

	it('falls back on the forms’ copy kept on the device, else fails', async () => {
		delete served.answers[PUBLIC_READS.points];
		await expect(loadPlaces()).rejects.toThrow();
		const config = await (async () => {
			served.answers[PUBLIC_READS.points] = page([point]);
			return loadCitizenConfig();
		})();
		await vi.waitFor(() => expect(copies.size).toBe(1));
		delete served.answers[PUBLIC_READS.sites];
		expect(await loadPlaces()).toEqual({ sites: config.sites, points: config.points });
	});
});
