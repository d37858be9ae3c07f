import { fieldsOf, parseAnswer } from './answer';
import { pb } from './client';
import { policyRecordSchema, type Policy } from './types';

const FIELDS = fieldsOf(policyRecordSchema);

/** The prefecture's policy record, or null when none exists yet. */
export async function get(): Promise<Policy | null> {
	const list = await pb
		.collection('policies')
		.getList(1, 1, { sort: 'created', fields: FIELDS, requestKey: null, skipTotal: true });
	return list.items.length > 0 ? parseAnswer(policyRecordSchema, list.items[0]) : null;
}
