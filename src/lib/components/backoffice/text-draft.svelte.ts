// A text the back office writes and sends on its own (a note, an answer): checked on the device, sent once
// at a time; a problem or a refusal is shown under the field, which takes the focus; a text that went is
// cleared. TextComposer.svelte is its form.

export class TextDraft {
	/** The text as typed. */
	text = $state('');
	/** The message under the field; '' when there is none. */
	error = $state('');
	/** While sending: a second submit does nothing. */
	busy = $state(false);

	readonly #check: (text: string) => string;

	/**
	 * @param id the field's id
	 * @param check states the text's problem before it is sent, or gives ''
	 */
	constructor(
		readonly id: string,
		check: (text: string) => string
	) {
		this.#check = check;
	}

	/** True when the text may be sent; otherwise its problem is shown and the field focused. */
	ready(): boolean {
		if (this.busy) return false;
		this.error = this.#check(this.text);
		if (!this.error) return true;
		this.#focus();
		return false;
	}

	/**
	 * Sends the text with `send`, which resolves with null once the text went, or with the refusal's message
	 * ('' when there is nothing to say, an aborted request: the text stays all the same). When it went, clears
	 * it and runs `sent` (a reload), still busy. True when it went.
	 */
	async send(
		send: (text: string) => Promise<string | null>,
		sent?: () => Promise<unknown>
	): Promise<boolean> {
		this.busy = true;
		try {
			const refused = await send(this.text);
			if (refused !== null) {
				this.error = refused;
				this.#focus();
				return false;
			}
			this.text = '';
			await sent?.();
			return true;
		} finally {
			this.busy = false;
		}
	}

	#focus(): void {
		document.getElementById(this.id)?.focus();
	}
}
