// A page whose data is already on its way (preloaded with its code on a first visit) is drawn once, with its
// data, rather than a placeholder replaced a few frames later: its load waits for the data, but only briefly,
// so that on a slow network the page still draws at once what does not depend on it.

/** How long a page's load waits for streamed data before the page draws without it. */
export const BRIEF_WAIT_MS = 200;

/**
 * Resolves when `promise` settles or after `ms` milliseconds, whichever comes first; never rejects (the
 * caller keeps the promise and reads its outcome as usual).
 */
export function waitBriefly(promise: Promise<unknown>, ms = BRIEF_WAIT_MS): Promise<void> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const elapsed = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
	const settled = promise.then(
		() => undefined,
		() => undefined
	);
	return Promise.race([settled, elapsed]).finally(() => clearTimeout(timer));
}
