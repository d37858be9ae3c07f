// The back office's way to send a form: check on the device, send once at a time, and on a refusal show the
// messages next to their fields (focus on the first) or, when it is about no field, one sentence in the
// form's alert (focus there). The citizen forms go through the outbox instead (lib/submission).
import { tick } from 'svelte';
import { caught, type FieldErrors } from '$lib/pb/errors';
import { FormFields } from './form-fields.svelte';

export interface Sending {
	/** The device's check: messages by field, `form` for the whole form; {} when it may be sent. */
	check?: () => FieldErrors;
	/** The call; what it throws is read by `refusals`. */
	send: () => Promise<unknown>;
	/** A thrown error read as messages by field, `form` for the whole form ({} when aborted). */
	refusals?: (error: unknown) => FieldErrors;
}

/** The messages of a caught error: its fields', and `form` for the whole form; {} when aborted. */
export function refusedFields(error: unknown): FieldErrors {
	const failed = caught(error);
	return failed.aborted ? {} : { form: failed.message, ...failed.fields };
}

export class StaffForm<F extends string> extends FormFields<F> {
	/** While sending: a second submit does nothing. */
	pending = $state(false);
	/** The sentence for the whole form, shown in its alert. */
	failure = $state<string | null>(null);
	/** The alert showing `failure`, focused when it appears (bind it). */
	alert = $state<HTMLElement>();

	/** Check, send, and show what was refused; true when it was sent. */
	async submit({ check, send, refusals = refusedFields }: Sending): Promise<boolean> {
		if (this.pending) return false;
		this.failure = null;
		this.errors = check?.() ?? {};
		// Any finding stops the sending; nothing is awaited before `pending` otherwise, so that a second
		// submit cannot slip in.
		if (Object.keys(this.errors).length > 0) {
			await this.#refused();
			return false;
		}
		this.pending = true;
		try {
			await send();
			return true;
		} catch (error) {
			this.errors = refusals(error);
			await this.#refused();
			return false;
		} finally {
			this.pending = false;
		}
	}

	/** Shows one sentence for the whole form and focuses its alert. */
	async fail(message: string): Promise<void> {
		this.failure = message;
		await tick();
		this.alert?.focus();
	}

	/** A fresh start (a dialog opening again): no messages. */
	reset(): void {
		this.errors = {};
		this.failure = null;
	}

	// A field in error takes the focus; otherwise the form's own message, if any, is shown.
	async #refused(): Promise<void> {
		if (await this.focusFirstError()) return;
		if (this.errors.form) await this.fail(this.errors.form);
	}
}
