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
