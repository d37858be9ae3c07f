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
