// The web survey's configuration (site, point, active questionnaire), fetched from the public collections
// and kept on the device so that a phone that loses the network mid-survey can still finish it.
import { ClientResponseError } from 'pocketbase';
import { keep, readKept } from '$lib/db/device-cache';
import { surveyConfigSchema, type SurveyConfig } from '$lib/domain/kiosk-config';
import { pb } from '$lib/pb/client';
import * as policies from '$lib/pb/policies';

/** The site (or its active questionnaire) does not exist: nothing to retry. */
export class UnknownSurveyError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UnknownSurveyError';
	}
}

const notFound = (error: unknown) => error instanceof ClientResponseError && error.status === 404;

/** The questionnaire's questions come with it (a back-relation expand): one round trip less. */
const QUESTIONS = 'questions_via_questionnaire';

/** One round trip on a weak network: the four requests go together (the point is found by its site's slug). */
async function fetchConfig(siteSlug: string, pointSlug: string | null): Promise<SurveyConfig> {
	const options = { requestKey: null };
	const [site, point, questionnaire, policy] = await Promise.all([
		pb.collection('sites').getFirstListItem(pb.filter('slug = {:slug}', { slug: siteSlug }), options),
		pointSlug
			? pb
					.collection('reception_points')
					.getFirstListItem(
						pb.filter('site.slug = {:site} && slug = {:slug}', { site: siteSlug, slug: pointSlug }),
						options
					)
					.catch((error) => {
						// An unknown reception point still lets the visitor answer for the site.
						if (notFound(error)) return null;
						throw error;
					})
			: null,
		pb
			.collection('questionnaires')
			.getFirstListItem('status = "active"', { ...options, sort: '-version', expand: QUESTIONS }),
		policies.get()
	]);
	// As a missing site: a server without its policy has no survey to offer (nothing to retry).
	if (!policy) throw new UnknownSurveyError('No policy on the server');
	const questions = [...(questionnaire.expand?.[QUESTIONS] ?? [])].sort((a, b) => a.position - b.position);
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
 * answers, else the copy kept on this device. Throws UnknownSurveyError for an unknown site.
 */
export async function loadWebSurveyConfig(siteSlug: string, pointSlug: string | null): Promise<SurveyConfig> {
	const key = `survey:${siteSlug}:${pointSlug ?? ''}`;
	try {
		const config = await fetchConfig(siteSlug, pointSlug);
		void keep(key, config);
		return config;
	} catch (error) {
		if (error instanceof UnknownSurveyError) throw error;
		if (notFound(error)) throw new UnknownSurveyError(`No survey for site "${siteSlug}"`);
		const cached = await readKept<SurveyConfig>(key);
		if (cached) return cached;
		throw error;
	}
}
