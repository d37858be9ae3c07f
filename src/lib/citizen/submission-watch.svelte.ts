// A submission's status as reactive state, kept in step with IndexedDB in this tab and the others.
import { database } from '$lib/db/database';
import * as receipts from '$lib/db/receipts.repo';

export class SubmissionWatch {
	#status = $state.raw<receipts.SubmissionStatus | null>(null);
	#stop: () => void;

	constructor(readonly id: string) {
		this.#stop = receipts.watch(database(), id, (status) => (this.#status = status));
	}

	/** null until first read. */
	get current(): receipts.SubmissionStatus | null {
		return this.#status;
	}

	stop(): void {
		this.#stop();
	}
}

/**
 * The status of the submission whose id `id()` gives (null while there is none), watched for as long as
 * the calling component lives; a new id replaces the watch. Call it while the component initialises.
 */
export function watchedStatus(id: () => string | null | undefined): {
	readonly current: receipts.SubmissionStatus | null;
} {
	let watch = $state.raw<SubmissionWatch | null>(null);
	$effect(() => {
		const current = id();
		if (!current) return;
		const next = new SubmissionWatch(current);
		watch = next;
		return () => next.stop();
	});
	return {
		get current() {
			const current = id();
			return current && watch?.id === current ? watch.current : null;
		}
	};
}
