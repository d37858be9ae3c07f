/** What a form shows of its submission: a `SubmissionFlow` (lib/submission) is one. */
export interface FormState {
	/** Field → message; `form` for the whole form. */
	readonly errors: Record<string, string>;
	/** Bumped at each refused submit: the error summary then takes focus. */
	readonly attempt: number;
	/** While sending: a second submit does nothing. */
	readonly submitting: boolean;
}
