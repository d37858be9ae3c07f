// The web survey's configuration (site, point, active questionnaire), fetched from the public collections
// and cached on the device so that a phone that loses the network mid-survey can still finish it.
import type { SurveyConfig } from '$lib/domain/kiosk-config';

/**
 * The survey for a site (and optionally a reception point), by their slugs: from the server when it
 * answers, else the copy cached on this device. Throws when neither exists (unknown site, never loaded).
 */
export async function loadWebSurveyConfig(
	_siteSlug: string,
	_pointSlug: string | null
): Promise<SurveyConfig> {
	throw new Error('not implemented yet');
}
