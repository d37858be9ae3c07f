// How the detail page's panels run an action: the page runs it, refreshes the item, announces the outcome
// and moves focus to it; a refusal comes back to the panel, to be shown next to its field.
import type { Refusals, TextLimits } from '$lib/desk/refusals';

/** The outcome announced after an action (a warning when the e-mail could not go). */
export interface Outcome {
	text: string;
	tone: 'success' | 'warning';
}

/** Runs `work`; resolves with null once done and announced, or with the refusals by field. */
export type Act = (work: () => Promise<Outcome>, limits?: TextLimits) => Promise<Refusals | null>;
