import { pb } from './client';
import type { Engagement } from './types';

/** Every engagement, in framework order. */
export function list(): Promise<Engagement[]> {
	return pb
		.collection('engagements')
		.getFullList<Engagement>({ sort: 'number', fields: 'id,module,number,theme,label', requestKey: null });
}
