import { windowDays } from '$lib/admin/retention';
import * as retention from '$lib/pb/retention';
import { session } from '$lib/state/session.svelte';
import type { PageLoad } from './$types';
import { DEPENDENCY } from './dependency';

export const load: PageLoad = async ({ depends, parent, url }) => {
	depends(DEPENDENCY);
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	const days = windowDays(url.searchParams.get('jours'));
	// The route answers referents and admins only: agents are told so, and nothing is fetched for them.
	const role = session.current?.role;
	if (role !== 'referent' && role !== 'admin')
		return { allowed: false, days, expiring: null, failure: null as unknown };
	try {
		return { allowed: true, days, expiring: await retention.expiring(days), failure: null as unknown };
	} catch (error) {
		return { allowed: true, days, expiring: null, failure: error };
	}
};
