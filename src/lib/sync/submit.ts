// The one way a screen hands a submission over: validated, then durably in the outbox, then sent.
import { database, type StoredFile } from '$lib/db/database';
import * as outbox from '$lib/db/outbox.repo';
import { addDurably } from '$lib/db/outbox-writer';
import {
	complaintCodes,
	complaintSubmissionSchema,
	type ComplaintSubmission
} from '$lib/domain/complaint-submission';
import { codesOf, type FieldCodes } from '$lib/domain/error-codes';
import { newId } from '$lib/domain/ids';
import { surveySubmissionSchema, type SurveySubmission } from '$lib/domain/submission';
import { suggestionSubmissionSchema, type SuggestionSubmission } from '$lib/domain/suggestion-submission';
import { syncManager } from '$lib/sync/sync-manager.svelte';

export { complaintCodes };

/** The submission was refused on the device: field → contract error code. Nothing was stored. */
export class InvalidSubmission extends Error {
	constructor(readonly codes: FieldCodes) {
		super(`Invalid submission: ${Object.keys(codes).join(', ')}`);
		this.name = 'InvalidSubmission';
	}
}

/**
 * Validates the survey (throws a ZodError on bad input, nothing stored), writes it to the outbox, and once
 * the IndexedDB transaction committed, asks the sync engine to send it (without waiting for the network).
 * @returns the submission's id
 */
export async function submitSurvey(data: SurveySubmission): Promise<string> {
	const parsed = surveySubmissionSchema.parse(data);
	const id = newId();
	const committedAt = await addDurably(database(), { id, type: 'survey_response', data: parsed });
	// User Timing mark at the commit's instant: `npm run bench:sync` measures tap-to-durable-save with it.
	performance.mark('qep:saved', { startTime: committedAt - performance.timeOrigin, detail: { id } });
	// Counted before resolving, so a thank-you screen can say honestly whether it has been sent yet.
	await syncManager.submitted();
	return id;
}

/**
 * Validates a complaint and its files (throws InvalidSubmission, nothing stored), writes it with its files
 * to the outbox, and once committed asks the sync engine to send it. `replaces`: the id of a complaint the
 * server refused, which this corrected one supersedes (it is forgotten).
 * @returns the complaint's id
 */
export async function submitComplaint(
	data: ComplaintSubmission,
	files: StoredFile[] = [],
	replaces?: string
): Promise<string> {
	const codes = complaintCodes(data, files);
	if (Object.keys(codes).length > 0) throw new InvalidSubmission(codes);
	const parsed = complaintSubmissionSchema.parse(data);
	const id = newId();
	const db = database();
	await outbox.add(
		db,
		files.length > 0
			? { id, type: 'complaint', data: parsed, files }
			: { id, type: 'complaint', data: parsed }
	);
	if (replaces) await outbox.forgetRejected(db, replaces);
	await syncManager.submitted();
	return id;
}

/**
 * Validates a suggestion (throws InvalidSubmission, nothing stored), stores it, then asks for a sync.
 * `replaces`: a refused suggestion this one corrects (it is forgotten).
 */
export async function submitSuggestion(data: SuggestionSubmission, replaces?: string): Promise<string> {
	const result = suggestionSubmissionSchema.safeParse(data);
	if (!result.success) throw new InvalidSubmission(codesOf(result.error));
	const id = newId();
	const db = database();
	await outbox.add(db, { id, type: 'suggestion', data: result.data });
	if (replaces) await outbox.forgetRejected(db, replaces);
	await syncManager.submitted();
	return id;
}
