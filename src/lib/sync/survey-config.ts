// The web survey's configuration (site, point, active questionnaire), fetched from the public collections
// and cached on the device so that a phone that loses the network mid-survey can still finish it.
import { ClientResponseError } from 'pocketbase';
import { surveyConfigSchema, type SurveyConfig } from '$lib/domain/kiosk-config';
import * as cache from '$lib/db/cache.repo';
import { database } from '$lib/db/database';
import { pb } from '$lib/pb/client';

/** The site (or its active questionnaire) does not exist: nothing to retry. */
export class UnknownSurveyError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UnknownSurveyError';
	}
}

const notFound = (error: unknown) => error instanceof ClientResponseError && error.status === 404;

async function fetchConfig(siteSlug: string, pointSlug: string | null): Promise<SurveyConfig> {
	const options = { requestKey: null };
	const site = await pb
		.collection('sites')
		.getFirstListItem(pb.filter('slug = {:slug}', { slug: siteSlug }), options);
	const point = pointSlug
		? await pb
				.collection('reception_points')
				.getFirstListItem(
					pb.filter('site = {:site} && slug = {:slug}', { site: site.id, slug: pointSlug }),
					options
				)
				.catch((error) => {
					// An unknown reception point still lets the visitor answer for the site.
					if (notFound(error)) return null;
					throw error;
				})
		: null;
	const questionnaire = await pb
		.collection('questionnaires')
		.getFirstListItem('status = "active"', { ...options, sort: '-version' });
	const questions = await pb.collection('questions').getFullList({
		...options,
		filter: pb.filter('questionnaire = {:q}', { q: questionnaire.id }),
		sort: 'position'
	});
	const policy = await pb.collection('policies').getFirstListItem('', options);
	return surveyConfigSchema.parse({
		site,
		point,
		questionnaire,
		questions,
		policy: { ...policy, kiosk_cooldown_seconds: policy.kiosk_cooldown_seconds ?? 0 }
	});
}

/**
 * The survey for a site (and optionally a reception point), by their slugs: from the server when it
 * answers, else the copy cached on this device. Throws UnknownSurveyError for an unknown site.
 */
export async function loadWebSurveyConfig(siteSlug: string, pointSlug: string | null): Promise<SurveyConfig> {
	const key = `survey:${siteSlug}:${pointSlug ?? ''}`;
	try {
		const config = await fetchConfig(siteSlug, pointSlug);
		await cache.write(database(), key, config);
		return config;
	} catch (error) {
		if (notFound(error)) throw new UnknownSurveyError(`No survey for site "${siteSlug}"`);
		const cached = await cache.read<SurveyConfig>(database(), key);
		if (cached) return cached;
		throw error;
	}
}
