import { describe, expect, it, vi } from 'vitest';
import { recordFocus } from '$lib/components/form/focus-recorder.fixture';
import { TextDraft } from './text-draft.svelte';

const focused = recordFocus();

/** A draft of the note field, whose check wants some text. */
function draft(text = '') {
	const d = new TextDraft('note-text', (value) => (value.trim() ? '' : 'Requis.'));
	d.text = text;
	return d;
}

describe('TextDraft', () => {
	it('shows the problem of a text before it is sent, on the focused field', () => {
		const d = draft('   ');
		expect(d.ready()).toBe(false);
		expect(d.error).toBe('Requis.');
		expect(focused).toEqual(['note-text']);
	});

	it('sends a good text once, busy meanwhile, and clears it when it went', async () => {
		const d = draft('Appelé la personne.');
		expect(d.ready()).toBe(true);
		expect(d.error).toBe('');
		let release = () => {};
		const send = vi.fn((text: string) => {
			expect(text).toBe('Appelé la personne.');
			return new Promise<string | null>((resolve) => (release = () => resolve(null)));
		});
		const sent = vi.fn(async () => {
			// What follows a text that went (a reload) runs once it is cleared, still busy.
			expect(d.text).toBe('');
			expect(d.busy).toBe(true);
		});
		const sending = d.send(send, sent);
		expect(d.busy).toBe(true);
		expect(d.ready()).toBe(false);
		release();
		expect(await sending).toBe(true);
		expect(sent).toHaveBeenCalledOnce();
		expect(send).toHaveBeenCalledOnce();
		expect(d.busy).toBe(false);
		expect(d.text).toBe('');
		expect(focused).toEqual([]);
	});

	it('keeps a refused text, with the refusal under the focused field', async () => {
		const d = draft('Réponse');
		expect(await d.send(async () => 'Trop court.')).toBe(false);
		expect(d.text).toBe('Réponse');
		expect(d.error).toBe('Trop court.');
		expect(d.busy).toBe(false);
		expect(focused).toEqual(['note-text']);
	});

	it('keeps the text of a send refused with nothing to say (an aborted request)', async () => {
		const d = draft('Une longue réponse');
		expect(await d.send(async () => '')).toBe(false);
		expect(d.text).toBe('Une longue réponse');
		expect(d.error).toBe('');
		expect(focused).toEqual(['note-text']);
	});

	it('is no longer busy when sending throws', async () => {
		const d = draft('Note');
		await expect(d.send(() => Promise.reject(new Error('down')))).rejects.toThrow('down');
		expect(d.busy).toBe(false);
		expect(d.text).toBe('Note');
	});
});
