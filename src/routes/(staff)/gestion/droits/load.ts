// What both pages of the rights of persons start from: administrators only (the routes answer nobody
// else), and the search in `?q=`, checked before anything is asked of the server.
import { parseSearch, type Search } from '$lib/admin/rights';
import { session } from '$lib/state/session.svelte';

export interface RightsPageBase {
	allowed: boolean;
	/** `?q=` as it is in the URL, to fill the box again. */
	q: string;
	search: Search;
}

/** The caller's access and the search of `url`. */
export function rightsPageBase(url: URL): RightsPageBase {
	const q = url.searchParams.get('q') ?? '';
	return { allowed: session.current?.role === 'admin', q, search: parseSearch(q) };
}
