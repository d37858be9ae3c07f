// The value of a promise a page was given (a load's streamed data), once it has come: the page draws what
// does not depend on it at once, and the rest when it comes.

/**
 * Hands `set` the value of each promise given to the returned function, unless a newer one was given
 * meanwhile, or the returned function's own result (stop) was called: an older answer never overwrites a
 * newer one.
 */
export function newest<T>(set: (value: T) => void): (promise: Promise<T>) => () => void {
	let latest: Promise<T> | null = null;
	return (promise) => {
		latest = promise;
		void promise.then((value) => {
			if (latest === promise) set(value);
		});
		return () => {
			if (latest === promise) latest = null;
		};
	};
}

/**
 * Follows `promise()` (read again when what it reads changes, as a page's `data` after a retry): `current`
 * is null until the newest promise resolves, then its value, kept until a newer one resolves. `onvalue`
 * runs once per promise resolved in time. The promise must not reject (loads catch their failures and say so
 * in their value). Called while a component is set up.
 */
export function resolved<T>(
	promise: () => Promise<T>,
	onvalue?: (value: T) => void
): { readonly current: T | null } {
	// Replaced whole, never changed in place: no deep proxy.
	let value = $state.raw<T | null>(null);
	const follow = newest<T>((next) => {
		value = next;
		onvalue?.(next);
	});
	// Followed again only for another promise, not when what holds it (a page's data) is another object.
	const current = $derived(promise());
	$effect(() => follow(current));
	return {
		get current() {
			return value;
		}
	};
}
