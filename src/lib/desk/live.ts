// Keeping an open inbox current: realtime events come in bursts (a batch of complaints, an action that
// writes several records), so the refetch waits for a quiet moment; then the new items are announced.

export interface Debounced {
	/** Schedules the call, postponing one already scheduled. */
	call: () => void;
	/** Forgets a scheduled call (the page is being left). */
	cancel: () => void;
}

/** `run` once `wait` ms have passed without a new call. */
export function debounce(run: () => void, wait: number): Debounced {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return {
		call() {
			clearTimeout(timer);
			timer = setTimeout(() => {
				timer = undefined;
				run();
			}, wait);
		},
		cancel() {
			clearTimeout(timer);
			timer = undefined;
		}
	};
}

/** The listed items among those created since the last refresh (items outside the view are not news). */
export function arrivals<T extends { id: string }>(created: ReadonlySet<string>, listed: readonly T[]): T[] {
	return listed.filter((item) => created.has(item.id));
}

/**
 * Follows a realtime feed from a component's `onMount`: subscribes with `watch` and returns the cleanup,
 * which unsubscribes, also when the subscription lands after the component is gone. A feed that cannot be
 * reached (offline, server restarting) is left alone: the page still works, and a reload brings news.
 */
export function follow<T>(
	watch: (listener: (change: T) => void) => Promise<() => Promise<void>>,
	listener: (change: T) => void
): () => void {
	let left = false;
	let unsubscribe: (() => Promise<void>) | undefined;
	watch(listener)
		.then((stop) => (left ? void stop() : (unsubscribe = stop)))
		.catch(() => {});
	return () => {
		left = true;
		void unsubscribe?.().catch(() => {});
	};
}
