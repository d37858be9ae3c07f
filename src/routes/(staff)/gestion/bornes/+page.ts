import * as kiosks from './kiosks';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends, parent }) => {
	depends(kiosks.DEPENDENCY);
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	try {
		const [list, { sites, points }] = await Promise.all([kiosks.list(), kiosks.places()]);
		return { kiosks: list, sites, points, failure: null as unknown };
	} catch (error) {
		// Shown on the page with a retry button (offline, server down) rather than as an error page.
		return { kiosks: [], sites: [], points: [], failure: error };
	}
};
