import { pb } from '$lib/pb/client';
import type { PageLoad } from './$types';

export interface SiteRow {
	id: string;
	name: string;
	slug: string;
}
export interface PointRow {
	id: string;
	site: string;
	name: string;
	slug: string;
	active: boolean;
}

export const load: PageLoad = async ({ parent }) => {
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	try {
		// Public reference data; posters are drawn from it in the browser.
		const [sites, points] = await Promise.all([
			pb.collection('sites').getFullList<SiteRow>({ sort: 'name', fields: 'id,name,slug', requestKey: null }),
			pb.collection('reception_points').getFullList<PointRow>({
				sort: 'name',
				fields: 'id,site,name,slug,active',
				requestKey: null
			})
		]);
		return { sites, points, failure: null as unknown };
	} catch (error) {
		return { sites: [] as SiteRow[], points: [] as PointRow[], failure: error };
	}
};
