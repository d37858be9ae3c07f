import { SurveyFlow } from '$lib/kiosk/survey-flow.svelte';
import { waitBriefly } from '$lib/state/brief-wait';
import { surveyLoadFailure } from '$lib/kiosk/failures';
import { loadPlaces } from '$lib/sync/citizen-config';
import { UnknownSurveyError, loadWebSurveyConfig } from '$lib/sync/survey-config';
import type { PageLoad } from './$types';

// `/avis?site=<slug>&point=<slug>`: the links and QR codes displayed at each reception desk. Without a
// site (an address typed by hand, the home page's link), the visitor chooses the site and, if they know
// it, the reception point.
// The survey is streamed: the page draws what does not depend on it at once when it does not come at once (a
// round trip on a weak network; on a first visit it was preloaded with the page's code, and the page is drawn
// once, with it). The flow is made here, not in the page, so that answers survive the re-render a language
// switch causes.
async function survey(site: string, point: string | null) {
	try {
		if (!site) {
			const { sites, points } = await loadPlaces();
			return { status: 'choose' as const, sites, points };
		}
		const config = await loadWebSurveyConfig(site, point);
		return { status: 'ready' as const, config, flow: new SurveyFlow(config.questions) };
	} catch (error) {
		console.warn('Survey not loaded.', error);
		const reason =
			error instanceof UnknownSurveyError ? 'unknown' : surveyLoadFailure(error, navigator.onLine);
		return { status: 'failed' as const, reason };
	}
}

export const load: PageLoad = async ({ url }) => {
	const site = url.searchParams.get('site')?.trim() ?? '';
	const point = url.searchParams.get('point')?.trim() || null;
	// The promise never rejects: a failure is a status of its own.
	const loading = survey(site, point);
	await waitBriefly(loading);
	return { linked: site !== '', survey: loading };
};
