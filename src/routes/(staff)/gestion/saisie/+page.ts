import { loadActiveQuestionnaire } from '$lib/sync/active-questionnaire';
import { loadCitizenConfig } from '$lib/sync/citizen-config';
import type { PageLoad } from './$types';
import { SURVEY_MODE } from './mode';

// Both come from the server when it answers, else from the device's cache: a form opened once works offline.
export const load: PageLoad = async ({ url, parent }) => {
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	const mode = url.searchParams.get('formulaire') === SURVEY_MODE ? 'survey' : 'complaint';
	const [config, survey] = await Promise.all([
		loadCitizenConfig().catch((error: unknown) => {
			console.warn('Sites and engagements not loaded.', error);
			return null;
		}),
		mode === 'survey'
			? loadActiveQuestionnaire()
					.then((active) => ({ active, failed: false }))
					.catch((error: unknown) => {
						console.warn('Questionnaire not loaded.', error);
						return { active: null, failed: true };
					})
			: { active: null, failed: false }
	]);
	return { mode, config, survey };
};
