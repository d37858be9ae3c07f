// Which message a failed enrolment or survey load deserves. Requests fail with the PocketBase SDK's
// ClientResponseError or the public reads' PublicReadFailure (status 0 when the network is down: errors.ts
// reads both), or with a TypeError from a bare fetch.
import { httpStatus } from '$lib/pb/errors';

export type EnrolFailure = 'expired' | 'network' | 'other';

/** Why enrolment failed: the one-time code is expired or spent (400, 404), no connection, or other. */
export function enrolFailure(error: unknown): EnrolFailure {
	const status = httpStatus(error);
	if (status === null) return error instanceof TypeError ? 'network' : 'other';
	if (status === 400 || status === 404) return 'expired';
	return status === 0 ? 'network' : 'other';
}

export type SurveyLoadFailure = 'unknown' | 'unavailable';

/**
 * Why the web survey could not load: the link names no known site (or point), or the server cannot be
 * reached right now and the device has no copy (offline, server error, too many requests).
 */
export function surveyLoadFailure(error: unknown, online: boolean): SurveyLoadFailure {
	if (!online || error instanceof TypeError) return 'unavailable';
	const status = httpStatus(error);
	if (status === null) return 'unknown';
	return status === 0 || status === 429 || status >= 500 ? 'unavailable' : 'unknown';
}
