import { session } from '$lib/state/session.svelte';
import * as staffAdmin from '$lib/pb/staff-admin';
import type { PageLoad } from './$types';
import { DEPENDENCY } from './dependency';

export const load: PageLoad = async ({ depends, parent }) => {
	depends(DEPENDENCY);
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	// Staff may read each other's names (assignment), but only administrators manage accounts: others are
	// told so, and nothing is fetched for them.
	if (session.current?.role !== 'admin')
		return { allowed: false, accounts: [], sites: [], failure: null as unknown };
	try {
		const [accounts, sites] = await Promise.all([staffAdmin.list(), staffAdmin.sites()]);
		return { allowed: true, accounts, sites, failure: null as unknown };
	} catch (error) {
		return { allowed: true, accounts: [], sites: [], failure: error };
	}
};
