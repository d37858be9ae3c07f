// A kiosk fills the screen and keeps it on. Both are best effort: browsers refuse them in some settings
// (no user gesture, iframe, unsupported API), and a kiosk that runs windowed still works.

/** Enters full screen if not already in it; call from a user gesture (click). Never throws. */
export function enterFullscreen(): void {
	if (document.fullscreenElement || !document.documentElement.requestFullscreen) return;
	document.documentElement.requestFullscreen().catch(() => {});
}

/** Leaves full screen if in it. Never throws. */
export function exitFullscreen(): void {
	if (!document.fullscreenElement || !document.exitFullscreen) return;
	document.exitFullscreen().catch(() => {});
}

/**
 * Keeps the screen awake (Wake Lock API) while the page is shown; the browser releases the lock when the
 * page is hidden, so it is requested again when the page becomes visible. Returns the function that
 * stops it, so it fits an `$effect`.
 */
export function keepAwake(): () => void {
	if (!('wakeLock' in navigator)) return () => {};
	let sentinel: WakeLockSentinel | null = null;
	let stopped = false;

	const acquire = async () => {
		if (stopped || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
		try {
			const lock = await navigator.wakeLock.request('screen');
			if (stopped) void lock.release().catch(() => {});
			else sentinel = lock;
		} catch {
			// Refused (battery saver, policy, not visible any more): the screen may dim, nothing else.
		}
	};
	const onVisibility = () => void acquire();

	document.addEventListener('visibilitychange', onVisibility);
	void acquire();
	return () => {
		stopped = true;
		document.removeEventListener('visibilitychange', onVisibility);
		void sentinel?.release().catch(() => {});
		sentinel = null;
	};
}
