import { parseAnswer } from './answer';
import { readPublic } from './public-reads';
import { policyRecordSchema, type Policy } from './types';

let inFlight: Promise<Policy | null> | null = null;

/**
 * The prefecture's policy record as the server has it now, or null when none exists yet. Callers while a
 * request is on its way share its answer (the policy read at start, `atStart`, is one of them).
 */
export function get(): Promise<Policy | null> {
	inFlight ??= fetchPolicy().finally(() => {
		inFlight = null;
	});
	return inFlight;
}

let startRead: Promise<Policy | null> | null = null;

/**
 * The policy as read when the app started, one read shared by every caller, however far apart they ask:
 * the header (the layout) and the web survey both need it as the page starts, and the page's HTML preloads
 * that one read. Read again after a failure, or when there was no policy yet.
 */
export function atStart(): Promise<Policy | null> {
	startRead ??= get().then(
		(policy) => {
			// A server without its policy yet: the next caller asks again.
			if (!policy) startRead = null;
			return policy;
		},
		(error: unknown) => {
			startRead = null;
			throw error;
		}
	);
	return startRead;
}

async function fetchPolicy(): Promise<Policy | null> {
	const [policy] = await readPublic('policy');
	return policy === undefined ? null : parseAnswer(policyRecordSchema, policy);
}
