// The outbox's state for the screens: how many submissions wait, when the last sync succeeded; and the
// one scheduler that drains it. What a refused kiosk means for the app is the caller's (onRevoked).
import { browser } from '$app/environment';
import * as cache from '$lib/db/cache.repo';
import { database } from '$lib/db/database';
import * as outbox from '$lib/db/outbox.repo';
import { pb } from '$lib/pb/client';
import { kioskClient } from '$lib/pb/kiosk-client';
import { appVersion } from './app-version';
import { drain, type DeviceHealth, type DrainResult } from './engine';
import { SyncScheduler } from './scheduler';
import { pocketBaseTransport } from './transport';

export type SyncState = 'idle' | 'syncing' | 'waiting' | 'offline' | 'revoked';

const META_KEY = 'sync-meta';
const transports = { kiosk: pocketBaseTransport(kioskClient), other: pocketBaseTransport(pb) };

/** Drives the sync engine and exposes its state reactively. */
class SyncManager {
	#pending = $state(0);
	#rejected = $state(0);
	#lastSyncAt = $state<string | null>(null);
	#state = $state<SyncState>('idle');
	#persisted = $state<boolean | null>(null);
	#scheduler: SyncScheduler | null = null;
	#onRevoked: () => Promise<void> = async () => {};

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

	/** What to do when the server refuses this kiosk while its outbox is sent (one listener). */
	onRevoked(listener: () => Promise<void>): void {
		this.#onRevoked = listener;
	}

	/** Starts syncing: now, on `online`, on an interval, with backoff. Idempotent. */
	start(): void {
		if (!browser || this.#scheduler) return;
		this.#scheduler = new SyncScheduler({
			run: () => {
				this.#state = 'syncing';
				return drain({ db: database(), transportFor, health: () => this.#health() });
			},
			onResult: (result) => void this.#after(result)
		});
		void this.#restore().then(() => this.#scheduler?.start());
		void this.#askPersistence();
	}

	/** Tries to send the outbox now. */
	async syncNow(): Promise<void> {
		this.start();
		await this.#scheduler?.kick();
	}

	/** A submission was just stored: count it, then start sending it (resolves before the send ends). */
	async submitted(): Promise<void> {
		await this.refreshCounts().catch(() => {});
		this.start();
		void this.#scheduler?.kick();
	}

	/** Re-reads the counters from the device's database. */
	async refreshCounts(): Promise<void> {
		const db = database();
		[this.#pending, this.#rejected] = await Promise.all([outbox.count(db), outbox.rejectedCount(db)]);
	}

	async #after(result: DrainResult | null): Promise<void> {
		await this.refreshCounts();
		// null: another tab holds the outbox and syncs it.
		if (!result) return void (this.#state = 'idle');
		if (!result.failure) {
			this.#lastSyncAt = new Date().toISOString();
			this.#state = 'idle';
			await cache.write(database(), META_KEY, { lastSyncAt: this.#lastSyncAt });
			return;
		}
		const kind = result.failure.kind;
		this.#state = kind === 'network' ? 'offline' : kind === 'server' ? 'waiting' : 'revoked';
		if (kind === 'revoked') await this.#onRevoked();
	}

	async #restore(): Promise<void> {
		const meta = await cache.read<{ lastSyncAt: string }>(database(), META_KEY);
		this.#lastSyncAt = meta?.lastSyncAt ?? null;
		await this.refreshCounts();
	}

	async #askPersistence(): Promise<void> {
		const storage = navigator.storage;
		if (!storage?.persist) return;
		this.#persisted = (await storage.persisted()) || (await storage.persist());
	}

	async #health(): Promise<DeviceHealth> {
		return { persisted: this.#persisted === true, appVersion: appVersion() };
	}
}

function transportFor(channel: string) {
	return channel === 'kiosk' ? transports.kiosk : transports.other;
}

export const syncManager = new SyncManager();
