// Sites and reception points as public reference data, for the pages that name or link them (posters,
// kiosks, published results). Parsed here: a page shows what it checked.
import { z } from 'zod';
import { pb } from './client';
import { parseAnswer } from './answer';

export const namedSiteSchema = z.object({ id: z.string(), name: z.string(), slug: z.string() });
export const namedPointSchema = z.object({
	id: z.string(),
	site: z.string(),
	name: z.string(),
	slug: z.string(),
	active: z.boolean()
});
export type NamedSite = z.infer<typeof namedSiteSchema>;
export type NamedPoint = z.infer<typeof namedPointSchema>;

const options = { sort: 'name', requestKey: null };

/** Every site, by name. */
export async function sites(): Promise<NamedSite[]> {
	const items = await pb.collection('sites').getFullList({ ...options, fields: 'id,name,slug' });
	return parseAnswer(z.array(namedSiteSchema), items);
}

/** Every reception point, active or not, by name. */
export async function points(): Promise<NamedPoint[]> {
	const items = await pb
		.collection('reception_points')
		.getFullList({ ...options, fields: 'id,site,name,slug,active' });
	return parseAnswer(z.array(namedPointSchema), items);
}
