import { ClientResponseError } from 'pocketbase';
import { COMPLAINT_DEPENDENCY, fileToken, loadDetail } from '$lib/desk/complaint-api';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, depends, parent }) => {
	depends(COMPLAINT_DEPENDENCY);
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	try {
		const detail = await loadDetail(params.id);
		const token = detail.complaint.attachments?.length ? await fileToken() : '';
		return { detail, token, notFound: false, failure: null as unknown };
	} catch (error) {
		// Another site's item answers 404, exactly like one that never existed.
		const notFound = error instanceof ClientResponseError && error.status === 404;
		return { detail: null, token: '', notFound, failure: notFound ? null : (error as unknown) };
	}
};
