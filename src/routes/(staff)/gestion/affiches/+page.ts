import * as places from '$lib/pb/places';
import { locale } from '$lib/state/locale.svelte';
import type { NamedPoint, NamedSite } from '$lib/pb/places';
import type { PageLoad } from './$types';

export type SiteRow = NamedSite;
export type PointRow = NamedPoint;

export const load: PageLoad = async ({ parent }) => {
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	// A poster invites in English too, whatever the back office's language: its words are loaded.
	await locale.prepare(['en']);
	try {
		// Public reference data; posters are drawn from it in the browser.
		const [sites, points] = await Promise.all([places.sites(), places.points()]);
		return { sites, points, failure: null as unknown };
	} catch (error) {
		return { sites: [] as SiteRow[], points: [] as PointRow[], failure: error };
	}
};
