import { redirect } from '@sveltejs/kit';
import { staffAccess } from '$lib/kiosk/staff-access.svelte';
import type { PageLoad } from './$types';

// Only after the kiosk's PIN, in this page session.
export const load: PageLoad = () => {
	if (!staffAccess.granted) redirect(307, '/borne');
};
