/**
 * Runs `task` once the page has loaded and the browser is idle: what a page does not need to show itself
 * (the service worker's precaching, background sync) does not compete with it on a weak network.
 */
export function afterLoad(task: () => void, win: Window = window): void {
	const idle = () => {
		if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => task());
		else win.setTimeout(task, 0);
	};
	if (win.document.readyState === 'complete') idle();
	else win.addEventListener('load', idle, { once: true });
}
