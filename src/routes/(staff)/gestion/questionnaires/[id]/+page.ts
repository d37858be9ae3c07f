import * as engagements from '$lib/pb/engagements';
import * as questionnaires from '$lib/pb/questionnaires-admin';
import type { QuestionRecord } from '$lib/pb/questionnaires-admin';
import type { Engagement } from '$lib/pb/types';
import { session } from '$lib/state/session.svelte';
import { manages } from '../access';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, depends, parent }) => {
	depends('qep:questionnaire');
	await parent();
	const empty = {
		version: null as Awaited<ReturnType<typeof questionnaires.getVersion>> | null,
		questions: [] as QuestionRecord[],
		engagements: [] as Engagement[],
		failure: null as unknown
	};
	if (!manages(session.current?.role)) return { allowed: false, ...empty };
	try {
		const [version, questions, list] = await Promise.all([
			questionnaires.getVersion(params.id),
			questionnaires.questionsOf(params.id),
			engagements.list()
		]);
		return { allowed: true, version, questions, engagements: list, failure: null as unknown };
	} catch (error) {
		return { allowed: true, ...empty, failure: error };
	}
};
