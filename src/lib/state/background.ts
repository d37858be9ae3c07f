// What runs behind every page: submissions waiting on this device are sent, and a kiosk the server refused
// stops offering the survey and says so to staff. The root layout loads it once the page has shown (the
// device database's code is not needed to show a page); the kiosk's layout loads it at once.
import { kiosk } from './kiosk.svelte';
import { syncManager } from '$lib/sync/sync-manager.svelte';

/** Starts sending what waits in the outbox (once; calling it again changes nothing). */
export function startBackground(): void {
	syncManager.onRevoked(() => kiosk.markRevoked());
	syncManager.start();
}
