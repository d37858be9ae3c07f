import * as engagements from '$lib/pb/engagements';
import type { PageLoad } from './$types';

// Not awaited: the page shows at once, then the list, or a polite message when offline.
export const load: PageLoad = () => ({ engagements: engagements.list() });
