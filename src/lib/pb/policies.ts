import { pb } from './client';
import type { Policy } from './types';

/** The prefecture's policy record, or null when none exists yet. */
export async function get(): Promise<Policy | null> {
	const list = await pb
		.collection('policies')
		.getList<Policy>(1, 1, { sort: 'created', requestKey: null, skipTotal: true });
	return list.items[0] ?? null;
}
