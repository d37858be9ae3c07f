// The one way a screen hands a submission over: validated, then durably in the outbox, then sent.
import type { SurveySubmission } from '$lib/domain/submission';

/**
 * Validates the survey (throws a ZodError on bad input, nothing stored), writes it to the outbox and
 * resolves once the IndexedDB transaction committed; then asks the sync engine to send it.
 * @returns the submission's id
 */
export async function submitSurvey(_data: SurveySubmission): Promise<string> {
	throw new Error('not implemented yet');
}
