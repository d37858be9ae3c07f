import { loadReferences } from '$lib/pb/indicators';
import { localToday } from '$lib/cockpit/period';
import { PLAN_DEPENDENCY, listActions, listStaff } from '$lib/pb/action-plan';
import { planFilter, planQueryFromParams } from '$lib/cockpit/plan-query';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url, depends, parent }) => {
	depends(PLAN_DEPENDENCY);
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	const today = localToday();
	const query = planQueryFromParams(url.searchParams);
	const [actions, staff, references] = await Promise.allSettled([
		listActions(planFilter(query, today)),
		listStaff(),
		loadReferences()
	]);
	const failed = [actions, references].find((r) => r.status === 'rejected');
	return {
		today,
		query,
		actions: actions.status === 'fulfilled' ? actions.value : null,
		// Agents see the accounts of their own sites only: owners they cannot see show as "not assigned".
		staff: staff.status === 'fulfilled' ? staff.value : [],
		references: references.status === 'fulfilled' ? references.value : null,
		failure: failed?.status === 'rejected' ? (failed.reason as unknown) : null
	};
};
