import type { PageLoad } from './$types';
import { loadCitizenForm } from '../form-load';

// `/reclamation?site=<slug>&point=<slug>`: the site and point are preselected (links, posters).
export const load: PageLoad = ({ url }) => loadCitizenForm(url, 'Complaint form');
