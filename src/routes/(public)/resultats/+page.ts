import * as publications from '$lib/pb/publications';
import type { PageLoad } from './$types';

// Public: the history of publications, newest first.
export const load: PageLoad = async ({ depends }) => {
	depends('qep:publications');
	try {
		return { publications: await publications.list(), failure: null as unknown };
	} catch (error) {
		return { publications: [], failure: error };
	}
};
