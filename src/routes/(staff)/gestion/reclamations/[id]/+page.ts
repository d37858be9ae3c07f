import { COMPLAINT_DEPENDENCY, fileToken, loadDetail } from '$lib/pb/complaint';
import { httpStatus } from '$lib/pb/errors';
import { mailConfigured } from '$lib/pb/mail-status';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, depends, parent }) => {
	depends(COMPLAINT_DEPENDENCY);
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	// Whether an answer will be e-mailed, said before it is confirmed; null when the server cannot say.
	const mail = mailConfigured().catch(() => null);
	try {
		const detail = await loadDetail(params.id);
		const token = detail.complaint.attachments?.length ? await fileToken() : '';
		return { detail, token, notFound: false, failure: null as unknown, mailConfigured: await mail };
	} catch (error) {
		// Another site's item answers 404, exactly like one that never existed.
		const notFound = httpStatus(error) === 404;
		const failure = notFound ? null : (error as unknown);
		return { detail: null, token: '', notFound, failure, mailConfigured: await mail };
	}
};
