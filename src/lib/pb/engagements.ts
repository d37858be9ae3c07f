import { listOf } from './answer';
import { readPublic } from './public-reads';
import { engagementRecordSchema, type Engagement } from './types';

/** Every engagement, in framework order (a public read: the home page preloads it). */
export async function list(): Promise<Engagement[]> {
	return listOf(engagementRecordSchema, await readPublic('engagements'));
}
