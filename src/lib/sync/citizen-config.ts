// The complaint and suggestion forms' reference data, from the public collections, cached on the device.
import * as z from 'zod/mini';
import { citizenConfigSchema, type CitizenConfig } from '$lib/domain/citizen-config';
import { keep, readKept } from '$lib/db/device-cache';
import { readPublic } from '$lib/pb/public-reads';

const KEY = 'citizen-config';
/** The sites and points of the forms' data: what the survey's chooser reads. */
const placesSchema = z.pick(citizenConfigSchema, { sites: true, points: true });

async function fetchConfig(): Promise<CitizenConfig> {
	const [sites, points, engagements] = await Promise.all([
		readPublic('sites'),
		readPublic('points'),
		readPublic('engagements')
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

/**
 * The active sites and their points only (the web survey's chooser, which has no use for the engagements):
 * from the server, else the forms' copy kept on this device; throws if neither.
 */
export async function loadPlaces(): Promise<Pick<CitizenConfig, 'sites' | 'points'>> {
	try {
		const [sites, points] = await Promise.all([readPublic('sites'), readPublic('points')]);
		return placesSchema.parse({ sites, points });
	} catch (error) {
		const cached = await readKept<CitizenConfig>(KEY);
		if (cached) return { sites: cached.sites, points: cached.points };
		throw error;
	}
}
