import { isLoaded } from '$lib/i18n/runtime';
import { locale } from '$lib/state/locale.svelte';
import type { PageLoad } from './$types';
import { lobbyLanguages } from './lobby-languages';

export const load: PageLoad = async ({ params, url, parent }) => {
	const named = lobbyLanguages(url.searchParams.get('langues'));
	// Once the root layout has set the device's language: the screen opens in its own first language, its
	// languages' words loaded, never showing another one first. A language whose words cannot be loaded
	// (offline at the first start) is left out until the page loads again. The device does not remember
	// these languages as a visitor's choice.
	await parent();
	await locale.prepare(named);
	const languages = named.filter(isLoaded);
	if (languages.length > 0 && !languages.includes(locale.current)) locale.use(languages[0]!);
	return { slug: params.site, seconds: url.searchParams.get('secondes'), languages };
};
