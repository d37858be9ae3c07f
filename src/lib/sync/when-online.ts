// Loading code the page does not have yet, such as the sending code after a submission was saved offline.
// It must not be asked for while the browser knows it is offline. A module that failed to load stays failed
// for the page: browsers keep the failure in their module map, and asking again returns it. So the code is
// asked for only online, and again at the next `online` event if it still failed (a network that says it is
// up but is not).

/**
 * Runs `load` now when the browser believes it is online, else at the next `online` event, and again at
 * each later one while it fails. Returns the function that stops waiting.
 */
export function whenOnline(
	load: () => Promise<unknown>,
	target: Pick<Window, 'addEventListener' | 'removeEventListener'> & {
		navigator: { onLine: boolean };
	} = window
): () => void {
	let stopped = false;
	const attempt = () => {
		if (stopped) return;
		load().catch((error: unknown) => {
			console.warn('Code not loaded; tried again when the network is back.', error);
			target.addEventListener('online', attempt, { once: true });
		});
	};
	if (target.navigator.onLine) attempt();
	else target.addEventListener('online', attempt, { once: true });
	return () => {
		stopped = true;
		target.removeEventListener('online', attempt);
	};
}
