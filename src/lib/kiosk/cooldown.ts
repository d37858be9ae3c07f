// After a kiosk submission the start buttons wait a while, so that one person cannot stuff the ballot box.

/** The instant (ms since epoch) until which the kiosk waits after a submission made at `now`. */
export function cooldownEnd(now: number, seconds: number): number {
	return now + Math.max(0, seconds) * 1000;
}

/**
 * Whole seconds left before `until`, rounded up, never more than `max`: a device clock set back in time
 * must not lock the kiosk for longer than the configured cooldown.
 */
export function cooldownRemaining(until: number | null, now: number, max: number): number {
	if (until === null || !Number.isFinite(until)) return 0;
	const left = Math.ceil((until - now) / 1000);
	return Math.min(Math.max(0, left), Math.max(0, Math.ceil(max)));
}
