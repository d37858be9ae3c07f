import * as register from '$lib/pb/register';
import { session } from '$lib/state/session.svelte';
import type { PageLoad } from './$types';
import { DEPENDENCY } from './dependency';

export const load: PageLoad = async ({ depends, parent }) => {
	depends(DEPENDENCY);
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	// The route answers referents and admins only: agents are told so, and nothing is fetched for them.
	const role = session.current?.role;
	if (role !== 'referent' && role !== 'admin')
		return { allowed: false, register: null, failure: null as unknown };
	try {
		return { allowed: true, register: await register.get(), failure: null as unknown };
	} catch (error) {
		return { allowed: true, register: null, failure: error };
	}
};
