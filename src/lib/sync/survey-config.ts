// The web survey's configuration (site, point, active questionnaire), fetched from the public collections
// and kept on the device so that a phone that loses the network mid-survey can still finish it.
import * as z from 'zod/mini';
import { keep, readKept } from '$lib/db/device-cache';
import { surveyConfigSchema, type SurveyConfig } from '$lib/domain/kiosk-config';
import { parseAnswer } from '$lib/pb/answer';
import * as policies from '$lib/pb/policies';
import { readPublic } from '$lib/pb/public-reads';

/** The site (or its active questionnaire) does not exist: nothing to retry. */
export class UnknownSurveyError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UnknownSurveyError';
	}
}

const placesSchema = z.array(
	z.looseObject({ id: z.string(), slug: z.string(), site: z.optional(z.string()) })
);
const questionnaireSchema = z.looseObject({
	expand: z.optional(z.looseObject({ questions_via_questionnaire: z.optional(z.array(z.unknown())) }))
});

/**
 * One round trip on a weak network, at addresses the page's HTML names (a first visit gets them with the
 * code): the active sites and points, where the site and point are found by their slugs, the questionnaire
 * in service with its questions, and the policy.
 */
async function fetchConfig(siteSlug: string, pointSlug: string | null): Promise<SurveyConfig> {
	const [sites, points, [questionnaire], policy] = await Promise.all([
		readPublic('sites').then((items) => parseAnswer(placesSchema, items)),
		readPublic('points').then((items) => parseAnswer(placesSchema, items)),
		readPublic('questionnaire'),
		policies.atStart()
	]);
	const site = sites.find((candidate) => candidate.slug === siteSlug);
	// A closed site (or none by that name) offers no survey; a server without its policy or a questionnaire
	// in service has none to offer either: nothing to retry.
	if (!site) throw new UnknownSurveyError(`No active site "${siteSlug}"`);
	if (!policy) throw new UnknownSurveyError('No policy on the server');
	if (questionnaire === undefined) throw new UnknownSurveyError('No questionnaire in service');
	// An unknown or closed reception point still lets the visitor answer for the site.
	const point =
		points.find((candidate) => candidate.site === site.id && candidate.slug === pointSlug) ?? null;
	const expanded = parseAnswer(questionnaireSchema, questionnaire).expand?.questions_via_questionnaire ?? [];
	const questions = parseAnswer(z.array(z.looseObject({ position: z.number() })), expanded).sort(
		(a, b) => a.position - b.position
	);
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
		const cached = await readKept<SurveyConfig>(key);
		if (cached) return cached;
		throw error;
	}
}
