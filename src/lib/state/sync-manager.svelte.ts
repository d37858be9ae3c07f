// The outbox's state for the screens: how many submissions wait, when the last sync succeeded.

export type SyncState = 'idle' | 'syncing' | 'waiting' | 'offline' | 'revoked';

/** Drives the sync engine and exposes its state reactively. */
class SyncManager {
	#pending = $state(0);
	#rejected = $state(0);
	#lastSyncAt = $state<string | null>(null);
	#state = $state<SyncState>('idle');
	#persisted = $state<boolean | null>(null);

	/** Submissions stored on the device, not yet confirmed by the server. */
	get pending(): number {
		return this.#pending;
	}
	/** Submissions the server refused, kept aside on the device. */
	get rejected(): number {
		return this.#rejected;
	}
	/** ISO instant of the last successful sync, or null. */
	get lastSyncAt(): string | null {
		return this.#lastSyncAt;
	}
	get state(): SyncState {
		return this.#state;
	}
	/** Whether the browser granted persistent storage (null: not asked yet). */
	get persisted(): boolean | null {
		return this.#persisted;
	}

	/** Starts syncing: now, on `online`, on an interval, with backoff. Idempotent. */
	start(): void {}

	/** Tries to send the outbox now. */
	async syncNow(): Promise<void> {}
}

export const syncManager = new SyncManager();
