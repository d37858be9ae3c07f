// A kiosk stands in a public hall: slow down anyone who tries PINs one after another. The PIN is checked
// offline (PBKDF2), so the only brake is here.

/** Wrong PINs allowed before the dialog starts making people wait. */
export const FREE_ATTEMPTS = 3;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;

/** Seconds to wait after `failures` consecutive wrong PINs: 0, then 30 s doubling up to 15 min. */
export function lockSeconds(failures: number): number {
	if (failures < FREE_ATTEMPTS) return 0;
	return Math.min(FIRST_LOCK_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_SECONDS);
}

/** Counts consecutive wrong PINs and says how long the next attempt must wait. */
export class PinThrottle {
	#failures = 0;
	#lockedUntil = 0;

	/** Whole seconds before another PIN may be tried (0: now). */
	waitSeconds(now: number): number {
		return Math.max(0, Math.ceil((this.#lockedUntil - now) / 1000));
	}

	/** Records a wrong PIN tried at `now`; returns the seconds to wait before the next one. */
	fail(now: number): number {
		this.#failures += 1;
		this.#lockedUntil = now + lockSeconds(this.#failures) * 1000;
		return this.waitSeconds(now);
	}

	/** A right PIN clears the count. */
	succeed(): void {
		this.#failures = 0;
		this.#lockedUntil = 0;
	}
}
