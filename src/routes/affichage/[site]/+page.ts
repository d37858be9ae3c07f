import type { PageLoad } from './$types';

export const load: PageLoad = ({ params, url }) => ({
	slug: params.site,
	seconds: url.searchParams.get('secondes')
});
