import * as places from '$lib/pb/places';
import * as publications from '$lib/pb/publications';
import type { PageLoad } from './$types';

// One file per publication cannot be made at build time: this page is served the app's shared shell.
export const prerender = false;

// Public: one publication, with the sites of its reception points (the same point name exists on each site).
export const load: PageLoad = async ({ params, depends }) => {
	depends('qep:publication');
	try {
		const [publication, points, sites] = await Promise.all([
			publications.get(params.id),
			places.points(),
			places.sites()
		]);
		const siteName = new Map(sites.map((s) => [s.id, s.name]));
		const pointSite = Object.fromEntries(points.map((p) => [p.id, siteName.get(p.site) ?? '']));
		return { publication, pointSite, failure: null as unknown };
	} catch (error) {
		return { publication: null, pointSite: {}, failure: error };
	}
};
