import { loadCitizenConfig } from '$lib/sync/citizen-config';
import { preselect } from './preselect';

/**
 * The data of a citizen form page (`?site=<slug>&point=<slug>` preselected): the sites, points and
 * engagements, or `config: null` when they cannot be loaded (the page then offers to retry).
 */
export async function loadCitizenForm(url: URL, form: string) {
	try {
		const config = await loadCitizenConfig();
		return { config, ...preselect(config, url.searchParams) };
	} catch (error) {
		console.warn(`${form} not loaded.`, error);
		return { config: null, site: '', point: '' };
	}
}
