import { INBOX_DEPENDENCY, fetchInbox, listEngagements, listSites } from '$lib/pb/inbox';
import { apiParams, queryFromParams } from '$lib/desk/inbox-query';
import { refusalsOf } from '$lib/desk/refusals';
import { httpStatus } from '$lib/pb/errors';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url, depends, parent }) => {
	depends(INBOX_DEPENDENCY);
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	const query = queryFromParams(url.searchParams);
	const [inbox, sites, engagements] = await Promise.allSettled([
		fetchInbox(apiParams(query)),
		listSites(),
		listEngagements()
	]);
	const refused = inbox.status === 'rejected' ? inbox.reason : null;
	// A filter the server refused is shown next to that filter; anything else with a retry button.
	const filterErrors = httpStatus(refused) === 400 ? refusalsOf(refused) : {};
	return {
		query,
		inbox: inbox.status === 'fulfilled' ? inbox.value : null,
		failure: refused && Object.keys(filterErrors).length === 0 ? (refused as unknown) : null,
		filterErrors,
		sites: sites.status === 'fulfilled' ? sites.value : [],
		engagements: engagements.status === 'fulfilled' ? engagements.value : []
	};
};
