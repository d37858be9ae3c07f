// The citizen's own erasure from the tracking page (RGPD art. 17, POST /api/qep/track/erase): when it is
// offered, and what a refusal means in their words.
import type { TrackedComplaint } from '$lib/domain/tracking';
import { m } from '$lib/i18n/messages';
import { caught } from '$lib/pb/errors';

/** Offered once the item is answered or closed: the prefecture must answer first. */
export const canErase = (status: TrackedComplaint['status']): boolean =>
	status === 'answered' || status === 'closed';

/** The sentence for a refused erasure, shown in the confirmation dialog; none for a cancelled request. */
export function erasureFailure(error: unknown): string | undefined {
	const failed = caught(error);
	if (failed.aborted) return undefined;
	if (failed.status === 404) return m.citizen_erasure_error_not_found();
	if (failed.status === 429) return m.citizen_tracking_rate_limited();
	if (failed.codes?.status === 'not_answered') return m.citizen_erasure_error_not_answered();
	return failed.message;
}
