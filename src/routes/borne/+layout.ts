import { kioskSession } from '$lib/kiosk/kiosk-session.svelte';
import type { LayoutLoad } from './$types';

// The kiosk's configuration is on the device; a failure to read it is shown on the page, not as an error page.
export const load: LayoutLoad = async () => {
	// A kiosk reloaded in the middle of an English survey starts again on the French welcome screen.
	if (!kioskSession.flow) kioskSession.reset();
	try {
		await kioskSession.load();
		return { loadFailed: false };
	} catch (error) {
		console.warn('Kiosk configuration not loaded.', error);
		return { loadFailed: true };
	}
};
