import { loadReferences } from '$lib/pb/indicators';
import { localToday } from '$lib/cockpit/period';
import { PLAN_DEPENDENCY, listStaff, loadAction } from '$lib/pb/action-plan';
import { httpStatus } from '$lib/pb/errors';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, depends, parent }) => {
	depends(PLAN_DEPENDENCY);
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	const [detail, staff, references] = await Promise.allSettled([
		loadAction(params.id),
		listStaff(),
		loadReferences()
	]);
	const refused = detail.status === 'rejected' ? detail.reason : null;
	const notFound = httpStatus(refused) === 404;
	return {
		today: localToday(),
		detail: detail.status === 'fulfilled' ? detail.value : null,
		staff: staff.status === 'fulfilled' ? staff.value : [],
		references: references.status === 'fulfilled' ? references.value : null,
		notFound,
		failure: refused && !notFound ? (refused as unknown) : null
	};
};
