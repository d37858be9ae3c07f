import { redirect } from '@sveltejs/kit';
import { session } from '$lib/state/session.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = () => {
	if (session.current) redirect(307, '/gestion');
};
