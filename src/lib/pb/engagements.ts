import { readAll } from './answer';
import { engagementRecordSchema, type Engagement } from './types';

/** Every engagement, in framework order. */
export function list(): Promise<Engagement[]> {
	return readAll('engagements', engagementRecordSchema, { sort: 'number' });
}
