import type { CitizenConfig } from '$lib/domain/citizen-config';
import { loadCitizenConfig } from '$lib/sync/citizen-config';
import { preselect } from './preselect';

/** A citizen form's data: the sites, points and engagements (null when they cannot be loaded), the preselection. */
export interface CitizenForm {
	config: CitizenConfig | null;
	site: string;
	point: string;
}

async function citizenForm(params: URLSearchParams, form: string): Promise<CitizenForm> {
	try {
		const config = await loadCitizenConfig();
		return { config, ...preselect(config, params) };
	} catch (error) {
		console.warn(`${form} not loaded.`, error);
		return { config: null, site: '', point: '' };
	}
}

/**
 * The data of a citizen form page (`?site=<slug>&point=<slug>` preselected), streamed: the page draws its
 * title and introduction at once and its form when the data comes (a round trip on a weak network). The
 * promise never rejects: `config` is null when nothing could be loaded (the page then offers to retry).
 */
export function loadCitizenForm(url: URL, form: string): { form: Promise<CitizenForm> } {
	// The query is read now, while SvelteKit records what the load depends on (another query, another load).
	const params = new URLSearchParams(url.searchParams);
	return { form: citizenForm(params, form) };
}
