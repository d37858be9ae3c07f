import type { CitizenConfig } from '$lib/domain/citizen-config';

/**
 * `?site=<slug>&point=<slug>` (links, posters) as the ids of a known site and of one of its points; an
 * unknown slug, or a point of another site, preselects nothing ('').
 */
export function preselect(
	config: Pick<CitizenConfig, 'sites' | 'points'>,
	params: URLSearchParams
): { site: string; point: string } {
	const siteSlug = params.get('site')?.trim() ?? '';
	const pointSlug = params.get('point')?.trim() ?? '';
	const site = config.sites.find((s) => s.slug === siteSlug);
	const point = site && config.points.find((p) => p.site === site.id && p.slug === pointSlug);
	return { site: site?.id ?? '', point: point?.id ?? '' };
}
