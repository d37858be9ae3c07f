// The prefecture's settings through the record API (referents and admins write them): sites, their
// reception points, and the single policy record. PocketBase's refusals come back as thrown errors; its
// answers are parsed here (see answer.ts).
import * as z from 'zod/mini';
import type { PublicPolicy as PolicyFields } from '$lib/domain/policy';
import { POINT_KINDS, TIME_ZONES, ZONES } from '$lib/domain/places';
import { fieldsOf, parseAnswer } from './answer';
import { readAll } from './records';
import { pb } from './client';
import { policyRecordSchema, type Policy } from './types';

export const siteRecordSchema = z.object({
	id: z.string(),
	name: z.string(),
	slug: z.string(),
	department_code: z.string(),
	zone: z.enum(ZONES),
	time_zone: z.enum(TIME_ZONES),
	/** The closed days as stored (a JSON value: lib/publishing/closures reads it). */
	closures: z.unknown(),
	contact_email: z.string(),
	contact_address: z.string(),
	active: z.boolean()
});
export type SiteRecord = z.infer<typeof siteRecordSchema>;

export const pointRecordSchema = z.object({
	id: z.string(),
	site: z.string(),
	name: z.string(),
	slug: z.string(),
	kind: z.enum(POINT_KINDS),
	active: z.boolean()
});
export type PointRecord = z.infer<typeof pointRecordSchema>;

const options = { requestKey: null };
const SITE_FIELDS = fieldsOf(siteRecordSchema);
const POINT_FIELDS = fieldsOf(pointRecordSchema);
const POLICY_FIELDS = fieldsOf(policyRecordSchema);

/** Every site, by name. */
export function sites(): Promise<SiteRecord[]> {
	return readAll('sites', siteRecordSchema, { sort: 'name' });
}

/** Every reception point, by name. */
export function points(): Promise<PointRecord[]> {
	return readAll('reception_points', pointRecordSchema, { sort: 'name' });
}

/** Changes a site. */
export async function updateSite(id: string, change: Partial<Omit<SiteRecord, 'id'>>): Promise<SiteRecord> {
	const saved = await pb.collection('sites').update(id, change, { ...options, fields: SITE_FIELDS });
	return parseAnswer(siteRecordSchema, saved);
}

/** Adds a reception point to a site. */
export async function createPoint(point: Omit<PointRecord, 'id'>): Promise<PointRecord> {
	const saved = await pb.collection('reception_points').create(point, { ...options, fields: POINT_FIELDS });
	return parseAnswer(pointRecordSchema, saved);
}

/** Changes a reception point. */
export async function updatePoint(
	id: string,
	change: Partial<Omit<PointRecord, 'id' | 'site'>>
): Promise<PointRecord> {
	const saved = await pb
		.collection('reception_points')
		.update(id, change, { ...options, fields: POINT_FIELDS });
	return parseAnswer(pointRecordSchema, saved);
}

/** Changes the policy. */
export async function updatePolicy(id: string, change: PolicyFields): Promise<Policy> {
	const saved = await pb.collection('policies').update(id, change, { ...options, fields: POLICY_FIELDS });
	return parseAnswer(policyRecordSchema, saved);
}
