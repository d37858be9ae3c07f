import { fieldsOf, parseAnswer } from './answer';
import { pb } from './client';
import { policyRecordSchema, type Policy } from './types';

const FIELDS = fieldsOf(policyRecordSchema);

let inFlight: Promise<Policy | null> | null = null;

/**
 * The prefecture's policy record, or null when none exists yet. Callers while a request is on its way share
 * its answer: at start, the root layout and the survey page both need it, and a round trip on a weak
 * network costs more than the record.
 */
export function get(): Promise<Policy | null> {
	inFlight ??= fetchPolicy().finally(() => {
		inFlight = null;
	});
	return inFlight;
}

async function fetchPolicy(): Promise<Policy | null> {
	const list = await pb
		.collection('policies')
		.getList(1, 1, { sort: 'created', fields: FIELDS, requestKey: null, skipTotal: true });
	return list.items.length > 0 ? parseAnswer(policyRecordSchema, list.items[0]) : null;
}
