// The citizen's view of their complaint: POST /api/qep/track with the private token or reference + e-mail.
import { trackedComplaintSchema, type TrackedComplaint } from '$lib/domain/tracking';
import { pb } from './client';
import { parseAnswer } from './answer';

/** The complaint, or throws the SDK's ClientResponseError (404 not found, 429 too many lookups). */
export async function track(
	body: { token: string } | { reference: string; email: string }
): Promise<TrackedComplaint> {
	const answer = await pb.send('/api/qep/track', { method: 'POST', body, requestKey: null });
	return parseAnswer(trackedComplaintSchema, answer);
}
