// The enrolled kiosk this device is: its cached configuration, its enrolment, its staff PIN.
import type { KioskConfig } from '$lib/domain/kiosk-config';

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
		throw new Error('not implemented yet');
	}

	/** Enrols this device with a one-time code; throws a ClientResponseError when it expired or was used. */
	async enrol(_code: string): Promise<void> {
		throw new Error('not implemented yet');
	}

	/** True when the PIN is the staff PIN set for this kiosk (checked offline). */
	async verifyPin(_pin: string): Promise<boolean> {
		throw new Error('not implemented yet');
	}
}

export const kiosk = new KioskDevice();
