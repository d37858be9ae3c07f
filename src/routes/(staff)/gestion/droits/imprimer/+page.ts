import * as rights from '$lib/pb/rights';
import type { PageLoad } from './$types';
import { rightsPageBase } from '../load';

export const load: PageLoad = async ({ parent, url }) => {
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	const base = rightsPageBase(url);
	if (!base.allowed || !base.search.query) return { ...base, held: null, failure: null as unknown };
	try {
		return { ...base, held: (await rights.exportOf(base.search.query)).data, failure: null as unknown };
	} catch (error) {
		return { ...base, held: null, failure: error };
	}
};
