/** The longest wait for idleness: a busy kiosk must still get its service worker and start sending. */
export const IDLE_TIMEOUT_MS = 2000;

/**
 * Runs `task` once the page has loaded and the browser is idle (or after IDLE_TIMEOUT_MS): what a page does
 * not need to show itself (the service worker's precaching, background sync) does not compete with it on a
 * weak network.
 */
export function afterLoad(task: () => void, win: Window = window): void {
	const idle = () => {
		if (typeof win.requestIdleCallback === 'function')
			win.requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS });
		else win.setTimeout(task, 0);
	};
	if (win.document.readyState === 'complete') idle();
	else win.addEventListener('load', idle, { once: true });
}
