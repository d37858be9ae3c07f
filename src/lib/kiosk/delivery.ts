// What the web survey's thank-you screen may honestly say about the answer it just stored.
import type { SyncState } from '$lib/sync/sync-manager.svelte';

/** 'sent': the server has it; 'sending': a sync is under way; 'stored': on this device, sent later. */
export type Delivery = 'sent' | 'sending' | 'stored';

/** From the outbox's state right now; `pending` counts every submission still on the device. */
export function deliveryStatus(pending: number, state: SyncState, online: boolean): Delivery {
	if (pending === 0) return 'sent';
	if (online && (state === 'idle' || state === 'syncing')) return 'sending';
	return 'stored';
}
