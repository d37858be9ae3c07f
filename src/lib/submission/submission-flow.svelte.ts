// The one flow of a form that hands a submission over: checked on the device, stored in the outbox, then
// watched until the server took it; when the server refuses it, the form comes back with the server's
// messages next to the fields and the corrected submission supersedes the refused one.
import { onDestroy } from 'svelte';
import type { OutboxItem } from '$lib/db/database';
import { getRow } from '$lib/db/direct';
import type * as receipts from '$lib/db/receipts.repo';
import type { FieldCodes } from '$lib/domain/error-codes';
import { InvalidSubmission } from '$lib/sync/submit';
import { whenOnline } from '$lib/sync/when-online';

/** Calls `onchange` with a submission's status now and on each change; returns the function that stops. */
export type StatusWatcher = (id: string, onchange: (status: receipts.SubmissionStatus) => void) => () => void;

export interface SubmissionFlowOptions {
	/** The message next to each field (or `form`) for its contract error code. */
	messages: (codes: FieldCodes) => Record<string, string>;
	/** The form-level message when this device could not store the submission. */
	storeFailed: () => string;
	/** The server refused the submission: refill the form from the item as it was sent. */
	onrejected?: (item: OutboxItem) => void;
	/** A submission this screen sent before (it survived a reload): watched from the start. */
	resume?: string | null;
	/** How a status is watched: this device's IndexedDB, unless a test gives another. */
	watch?: StatusWatcher;
}

export interface Sending {
	/** What the device found wrong before storing anything (field → code); none by default. */
	codes?: FieldCodes;
	/** Stores the submission, superseding `replaces` (a refused one) when given, and returns its id. */
	send: (replaces: string | undefined) => Promise<string>;
}

/**
 * This device's IndexedDB. The watching code (Dexie) loads on first use, once online (a submission saved
 * offline, before the service worker kept the app); meanwhile a submission found in the outbox is queued.
 */
const watchDevice: StatusWatcher = (id, onchange) => {
	let stop: (() => void) | undefined;
	let stopped = false;
	if (!navigator.onLine) {
		void getRow('outbox', id).then(
			(waiting) => waiting && !stopped && !stop && onchange({ state: 'queued' }),
			() => undefined
		);
	}
	const stopWaiting = whenOnline(async () => {
		const [{ database }, { watch }] = await Promise.all([
			import('$lib/db/database'),
			import('$lib/db/receipts.repo')
		]);
		if (!stopped) stop = watch(database(), id, onchange);
	});
	return () => {
		stopped = true;
		stopWaiting();
		stop?.();
	};
};

export class SubmissionFlow {
	/** Field (or `form`) → the message shown next to it. */
	errors = $state<Record<string, string>>({});
	/** Grows each time messages are shown, so that the form brings its error summary into focus. */
	attempt = $state(0);
	/** True while the submission is being stored. */
	submitting = $state(false);
	#id = $state<string | null>(null);
	#status = $state.raw<receipts.SubmissionStatus | null>(null);
	#replaces: string | undefined;
	#stop: (() => void) | undefined;
	readonly #options: SubmissionFlowOptions;
	readonly #watch: StatusWatcher;

	constructor(options: SubmissionFlowOptions) {
		this.#options = options;
		this.#watch = options.watch ?? watchDevice;
		if (options.resume) this.#follow(options.resume);
	}

	/** The submission being watched, or null while the form is filled in. */
	get id(): string | null {
		return this.#id;
	}

	/** Where the watched submission is (queued or received), or null before its first reading. */
	get status(): receipts.SubmissionStatus | null {
		return this.#status;
	}

	/**
	 * Shows the device's own findings, or stores the submission and starts watching it. Never throws: a
	 * refusal or a storage failure becomes messages. Returns the new id, or null when nothing was stored.
	 */
	async submit({ codes = {}, send }: Sending): Promise<string | null> {
		if (this.submitting) return null;
		this.#unfollow();
		if (Object.keys(codes).length > 0) {
			this.#show(this.#options.messages(codes));
			return null;
		}
		this.submitting = true;
		try {
			const id = await send(this.#replaces);
			this.#replaces = undefined;
			this.errors = {};
			this.#follow(id);
			return id;
		} catch (error) {
			if (error instanceof InvalidSubmission) this.#show(this.#options.messages(error.codes));
			else {
				console.warn('Submission not stored on this device.', error);
				this.#show({ form: this.#options.storeFailed() });
			}
			return null;
		} finally {
			this.submitting = false;
		}
	}

	/**
	 * Back to an empty form: the watch stops and the messages go, and a refused submission is no longer
	 * superseded by the next one (on a kiosk, the next one is another visitor's: the refused one stays aside).
	 */
	reset(): void {
		this.#unfollow();
		this.#replaces = undefined;
		this.errors = {};
	}

	/** Stops watching (the screen is going away). */
	stop(): void {
		this.#unfollow();
	}

	#show(errors: Record<string, string>): void {
		this.errors = errors;
		this.attempt += 1;
	}

	#follow(id: string): void {
		this.#id = id;
		const stop = this.#watch(id, (status) => {
			if (this.#id !== id) return;
			if (status.state === 'rejected') this.#rejected(id, status.item, status.errors);
			else this.#status = status;
		});
		if (this.#id === id) this.#stop = stop;
		else stop();
	}

	#rejected(id: string, item: OutboxItem, codes: FieldCodes): void {
		this.#unfollow();
		this.#replaces = id;
		this.#options.onrejected?.(item);
		this.#show(this.#options.messages(codes));
	}

	#unfollow(): void {
		this.#stop?.();
		this.#stop = undefined;
		this.#id = null;
		this.#status = null;
	}
}

/** A flow that stops watching when the calling component goes away; call it while the component initialises. */
export function submissionFlow(options: SubmissionFlowOptions): SubmissionFlow {
	const flow = new SubmissionFlow(options);
	onDestroy(() => flow.stop());
	return flow;
}
