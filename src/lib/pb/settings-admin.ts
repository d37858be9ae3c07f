// The prefecture's settings through the record API (referents and admins write them): sites, their
// reception points, and the single policy record. PocketBase's refusals come back as thrown errors.
import type { Policy as PolicyFields } from '$lib/domain/policy';
import type { POINT_KINDS, TIME_ZONES, ZONES } from '$lib/domain/places';
import { pb } from './client';
import type { Policy } from './types';

export interface SiteRecord {
	id: string;
	name: string;
	slug: string;
	department_code: string;
	zone: (typeof ZONES)[number];
	time_zone: (typeof TIME_ZONES)[number];
	closures: unknown;
	contact_email: string;
	contact_address: string;
	active: boolean;
}

export interface PointRecord {
	id: string;
	site: string;
	name: string;
	slug: string;
	kind: (typeof POINT_KINDS)[number];
	active: boolean;
}

const options = { requestKey: null };
const SITE_FIELDS =
	'id,name,slug,department_code,zone,time_zone,closures,contact_email,contact_address,active';
const POINT_FIELDS = 'id,site,name,slug,kind,active';

/** Every site, by name. */
export function sites(): Promise<SiteRecord[]> {
	return pb.collection('sites').getFullList<SiteRecord>({ ...options, sort: 'name', fields: SITE_FIELDS });
}

/** Every reception point, by name. */
export function points(): Promise<PointRecord[]> {
	return pb
		.collection('reception_points')
		.getFullList<PointRecord>({ ...options, sort: 'name', fields: POINT_FIELDS });
}

/** Changes a site. */
export function updateSite(id: string, change: Partial<Omit<SiteRecord, 'id'>>): Promise<SiteRecord> {
	return pb.collection('sites').update<SiteRecord>(id, change, { ...options, fields: SITE_FIELDS });
}

/** Adds a reception point to a site. */
export function createPoint(point: Omit<PointRecord, 'id'>): Promise<PointRecord> {
	return pb.collection('reception_points').create<PointRecord>(point, { ...options, fields: POINT_FIELDS });
}

/** Changes a reception point. */
export function updatePoint(
	id: string,
	change: Partial<Omit<PointRecord, 'id' | 'site'>>
): Promise<PointRecord> {
	return pb
		.collection('reception_points')
		.update<PointRecord>(id, change, { ...options, fields: POINT_FIELDS });
}

/** Changes the policy. */
export function updatePolicy(id: string, change: PolicyFields): Promise<Policy> {
	return pb.collection('policies').update<Policy>(id, change, options);
}
