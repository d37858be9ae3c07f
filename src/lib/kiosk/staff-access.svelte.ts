// Whether staff typed the kiosk PIN in this page session: it opens the status screen, and is forgotten on
// reload, when staff leave that screen, or after a while without activity there.
import { PinThrottle } from './pin-throttle';

class StaffAccess {
	#granted = $state(false);
	#throttle = new PinThrottle();

	/** True after a right PIN, until revoked. */
	get granted(): boolean {
		return this.#granted;
	}

	/** Seconds before another PIN may be tried. */
	waitSeconds(now: number = Date.now()): number {
		return this.#throttle.waitSeconds(now);
	}

	/** Records a wrong PIN; returns the seconds to wait before the next try. */
	fail(now: number = Date.now()): number {
		return this.#throttle.fail(now);
	}

	/** A right PIN: opens the status screen. */
	grant(): void {
		this.#throttle.succeed();
		this.#granted = true;
	}

	/** Closes the status screen until the PIN is typed again. */
	revoke(): void {
		this.#granted = false;
	}
}

export const staffAccess = new StaffAccess();
