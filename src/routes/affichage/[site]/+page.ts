import { locale } from '$lib/state/locale.svelte';
import type { PageLoad } from './$types';
import { lobbyLanguages } from './lobby-languages';

export const load: PageLoad = async ({ params, url, parent }) => {
	const languages = lobbyLanguages(url.searchParams.get('langues'));
	// Once the root layout has set the device's language: the screen opens in its own first language, its
	// languages' words loaded, never showing another one first. A language whose words cannot be loaded
	// (offline at the first start) is left out.
	await parent();
	if (languages.length > 0) {
		await locale.prepare(languages);
		if (!languages.includes(locale.current)) await locale.change(languages[0]!).catch(() => {});
	}
	return { slug: params.site, seconds: url.searchParams.get('secondes'), languages };
};
