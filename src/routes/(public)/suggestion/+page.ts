import type { PageLoad } from './$types';
import { loadCitizenForm } from '../form-load';

// `/suggestion?site=<slug>&point=<slug>`: the site and point are preselected.
export const load: PageLoad = ({ url }) => loadCitizenForm(url, 'Suggestion form');
