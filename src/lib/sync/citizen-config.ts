// The complaint and suggestion forms' reference data, from the public collections, cached on the device.
import { citizenConfigSchema, type CitizenConfig } from '$lib/domain/citizen-config';
import * as cache from '$lib/db/cache.repo';
import { database } from '$lib/db/database';
import { pb } from '$lib/pb/client';

const KEY = 'citizen-config';

async function fetchConfig(): Promise<CitizenConfig> {
	const options = { requestKey: null };
	const [sites, points, engagements] = await Promise.all([
		pb.collection('sites').getFullList({
			...options,
			filter: 'active = true',
			sort: 'name',
			fields: 'id,name,slug,time_zone,contact_email,contact_address'
		}),
		pb.collection('reception_points').getFullList({
			...options,
			filter: 'active = true',
			sort: 'name',
			fields: 'id,site,name,slug'
		}),
		pb
			.collection('engagements')
			.getFullList({ ...options, sort: 'number', fields: 'id,module,number,theme,label' })
	]);
	return citizenConfigSchema.parse({ sites, points, engagements });
}

/** From the server when it answers (and cached), else the copy cached on this device; throws if neither. */
export async function loadCitizenConfig(): Promise<CitizenConfig> {
	try {
		const config = await fetchConfig();
		await cache.write(database(), KEY, config);
		return config;
	} catch (error) {
		const cached = await cache.read<CitizenConfig>(database(), KEY);
		if (cached) return cached;
		throw error;
	}
}

/** The cached copy only (the kiosk's receipt screen: no network wait). */
export function cachedCitizenConfig(): Promise<CitizenConfig | null> {
	return cache.read<CitizenConfig>(database(), KEY);
}
