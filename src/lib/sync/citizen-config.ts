// The complaint and suggestion forms' reference data, from the public collections, cached on the device.
import { citizenConfigSchema, type CitizenConfig } from '$lib/domain/citizen-config';
import { keep, readKept } from '$lib/db/device-cache';
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
		void keep(KEY, config);
		return config;
	} catch (error) {
		const cached = await readKept<CitizenConfig>(KEY);
		if (cached) return cached;
		throw error;
	}
}
