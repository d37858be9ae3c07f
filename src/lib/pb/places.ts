// Sites and reception points as public reference data, for the pages that name or link them (posters,
// kiosks, published results). Parsed here: a page shows what it checked.
import * as z from 'zod/mini';
import { readAll } from './records';

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

/** Every site, by name. */
export const sites = (): Promise<NamedSite[]> => readAll('sites', namedSiteSchema, { sort: 'name' });

/** Every reception point, active or not, by name. */
export const points = (): Promise<NamedPoint[]> =>
	readAll('reception_points', namedPointSchema, { sort: 'name' });
