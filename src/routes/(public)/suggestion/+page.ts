import { loadCitizenConfig } from '$lib/sync/citizen-config';
import type { PageLoad } from './$types';

// `/suggestion?site=<slug>&point=<slug>`: the site and point are preselected.
export const load: PageLoad = async ({ url }) => {
	const siteSlug = url.searchParams.get('site')?.trim() ?? '';
	const pointSlug = url.searchParams.get('point')?.trim() ?? '';
	try {
		const config = await loadCitizenConfig();
		const site = config.sites.find((s) => s.slug === siteSlug) ?? null;
		const point = site ? config.points.find((p) => p.site === site.id && p.slug === pointSlug) : undefined;
		return { config, site: site?.id ?? '', point: point?.id ?? '' };
	} catch (error) {
		console.warn('Suggestion form not loaded.', error);
		return { config: null, site: '', point: '' };
	}
};
