import * as questionnaires from '$lib/pb/questionnaires-admin';
import { session } from '$lib/state/session.svelte';
import { manages } from './access';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends, parent }) => {
	depends('qep:questionnaires');
	await parent();
	if (!manages(session.current?.role))
		return {
			allowed: false,
			versions: [] as questionnaires.QuestionnaireVersion[],
			failure: null as unknown
		};
	try {
		return { allowed: true, versions: await questionnaires.listVersions(), failure: null as unknown };
	} catch (error) {
		return { allowed: true, versions: [] as questionnaires.QuestionnaireVersion[], failure: error };
	}
};
