import { config } from '$lib/state/config.svelte';
import { isBareRoute, isStaffRoute, locale } from '$lib/state/locale.svelte';
import type { LayoutLoad } from './$types';

// SPA: IndexedDB and the PocketBase session exist only in the browser.
export const ssr = false;
export const prerender = false;

// The first page renders in the visitor's language: its words are loaded before (French needs none). The back
// office speaks French or English whatever a visitor chose on this device. The browser's language is proposed
// on the website only: a kiosk and a lobby screen download no language they do not show.
let started: Promise<void> | undefined;
// The prefecture's policy (its name in the header) is asked for at once, beside the page's own data, and not
// waited for: the header shows the copy kept on the device, or a neutral name, until it comes.
export const load: LayoutLoad = async ({ route }) => {
	void config.load();
	started ??= locale.init({ propose: !isBareRoute(route.id) });
	await started;
	locale.enterArea(isStaffRoute(route.id));
};
