// The enrolled kiosk this device is: its cached configuration, its enrolment, its staff PIN.
import { browser } from '$app/environment';
import { kioskConfigSchema, type KioskConfig } from '$lib/domain/kiosk-config';
import { verifyPin } from '$lib/domain/pin';
import * as cache from '$lib/db/cache.repo';
import { database } from '$lib/db/database';
import * as device from '$lib/pb/kiosk-client';
import { failureOf } from '$lib/sync/transport';

const CACHE_KEY = 'kiosk';
interface Cached {
	config: KioskConfig;
	revoked: boolean;
}

/** This device as a kiosk. */
class KioskDevice {
	#config = $state<KioskConfig | null>(null);
	#revoked = $state(false);

	/** The cached configuration, or null when the device is not enrolled. */
	get config(): KioskConfig | null {
		return this.#config;
	}

	/** True once the server said this kiosk was revoked. */
	get revoked(): boolean {
		return this.#revoked;
	}

	/** Reads the cached configuration, then refreshes it from the server when online. */
	async load(): Promise<void> {
		if (!browser) return;
		const cached = await cache.read<Cached>(database(), CACHE_KEY);
		if (cached) {
			this.#config = cached.config;
			this.#revoked = cached.revoked;
		}
		if (!device.isEnrolled()) return;
		try {
			await this.#store(kioskConfigSchema.parse(await device.fetchConfig()), false);
		} catch (error) {
			// Offline or server trouble: the cached configuration keeps the kiosk working.
			if (failureOf(error).kind === 'revoked') await this.markRevoked();
		}
	}

	/** Enrols this device with a one-time code; throws a ClientResponseError when it expired or was used. */
	async enrol(code: string): Promise<void> {
		await device.enrol(code);
		await this.#store(kioskConfigSchema.parse(await device.fetchConfig()), false);
	}

	/** Records that the server refused this kiosk: it stops offering the survey and says so to staff. */
	async markRevoked(): Promise<void> {
		this.#revoked = true;
		if (this.#config)
			await cache.write(database(), CACHE_KEY, { config: $state.snapshot(this.#config), revoked: true });
	}

	/** True when the PIN is the staff PIN set for this kiosk (checked offline). */
	async verifyPin(pin: string): Promise<boolean> {
		const stored = this.#config?.pin;
		return stored ? verifyPin(pin, stored) : false;
	}

	async #store(config: KioskConfig, revoked: boolean): Promise<void> {
		await cache.write(database(), CACHE_KEY, { config, revoked } satisfies Cached);
		this.#config = config;
		this.#revoked = revoked;
	}
}

export const kiosk = new KioskDevice();
