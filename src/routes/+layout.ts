import { isBareRoute, isStaffRoute, locale } from '$lib/state/locale.svelte';
import type { LayoutLoad } from './$types';

// SPA: IndexedDB and the PocketBase session exist only in the browser.
export const ssr = false;
export const prerender = false;

// The first page renders in the visitor's language: its words are loaded before (French needs none). The back
// office speaks French or English whatever a visitor chose on this device. The browser's language is proposed
// on the website only: a kiosk and a lobby screen download no language they do not show.
let started: Promise<void> | undefined;
export const load: LayoutLoad = async ({ route }) => {
	started ??= locale.init({ propose: !isBareRoute(route.id) });
	await started;
	locale.enterArea(isStaffRoute(route.id));
};
