import * as rights from '$lib/pb/rights';
import type { PageLoad } from './$types';
import { DEPENDENCY } from './dependency';
import { rightsPageBase } from './load';

export const load: PageLoad = async ({ depends, parent, url }) => {
	depends(DEPENDENCY);
	await parent(); // the staff layout sends visitors who are not signed in to the sign-in page
	const base = rightsPageBase(url);
	// Agents and referents are told the page is not theirs; nothing is fetched for them, nor for no query.
	if (!base.allowed || !base.search.query) return { ...base, found: null, failure: null as unknown };
	try {
		return { ...base, found: await rights.find(base.search.query), failure: null as unknown };
	} catch (error) {
		return { ...base, found: null, failure: error };
	}
};
