import { loadReferences } from '$lib/pb/indicators';
import { listStaff } from '$lib/pb/action-plan';
import { draftFromParams } from '$lib/cockpit/prefill';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url, parent }) => {
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	const [staff, references] = await Promise.allSettled([listStaff(), loadReferences()]);
	return {
		draft: draftFromParams(url.searchParams),
		staff: staff.status === 'fulfilled' ? staff.value : [],
		references: references.status === 'fulfilled' ? references.value : null,
		failure: references.status === 'rejected' ? (references.reason as unknown) : null
	};
};
