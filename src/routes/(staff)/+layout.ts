import { redirect } from '@sveltejs/kit';
import { session } from '$lib/state/session.svelte';
import type { LayoutLoad } from './$types';

// The back office is for signed-in staff only (the API enforces it too; this spares a useless screen).
export const load: LayoutLoad = () => {
	if (!session.current) redirect(307, '/connexion');
};
