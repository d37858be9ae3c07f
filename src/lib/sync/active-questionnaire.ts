// The active questionnaire and its questions, for transcribing paper survey forms: from the server when it
// answers (and cached on the device), else the cached copy, so that a form opened once works offline.
import * as z from 'zod/mini';
import * as cache from '$lib/db/cache.repo';
import { database } from '$lib/db/database';
import { surveyConfigSchema } from '$lib/domain/kiosk-config';
import { pb } from '$lib/pb/client';

export const activeQuestionnaireSchema = z.object({
	questionnaire: surveyConfigSchema.shape.questionnaire,
	questions: surveyConfigSchema.shape.questions
});
export type ActiveQuestionnaire = z.infer<typeof activeQuestionnaireSchema>;

const KEY = 'active-questionnaire';

async function fetchActive(): Promise<ActiveQuestionnaire | null> {
	const options = { requestKey: null };
	const {
		items: [questionnaire]
	} = await pb
		.collection('questionnaires')
		.getList(1, 1, { ...options, filter: 'status = "active"', sort: '-version' });
	if (!questionnaire) return null;
	const questions = await pb.collection('questions').getFullList({
		...options,
		filter: pb.filter('questionnaire = {:q}', { q: questionnaire.id }),
		sort: 'position'
	});
	return activeQuestionnaireSchema.parse({ questionnaire, questions });
}

/** The active questionnaire (null when there is none); throws when neither the server nor the cache has it. */
export async function loadActiveQuestionnaire(): Promise<ActiveQuestionnaire | null> {
	try {
		const active = await fetchActive();
		await cache.write(database(), KEY, active);
		return active;
	} catch (error) {
		const cached = await cache.read<ActiveQuestionnaire | null>(database(), KEY);
		if (cached !== null) return cached;
		throw error;
	}
}
