// The one way a screen hands a submission over: validated, then durably in the outbox, then sent.
// Saving needs no Dexie (lib/db/direct, through lib/db/outbox-writer): a public form that showed can save
// even when the network went away at once. Sending needs the sync engine (Dexie, the transport): it is
// loaded when something was saved, once online (./when-online).
import type { StoredFile } from '$lib/db/database';
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
import { whenOnline } from './when-online';

export { complaintCodes };

/** Tells the sync engine that a submission waits (it starts it if needed), without waiting for it. */
function sendSoon(): void {
	whenOnline(async () => {
		const { syncManager } = await import('$lib/sync/sync-manager.svelte');
		await syncManager.submitted();
	});
}

/** Forgets a refused submission that a corrected one replaces (the refusal came from sending: loaded). */
async function forgetRejected(id: string): Promise<void> {
	const [{ database }, outbox] = await Promise.all([
		import('$lib/db/database'),
		import('$lib/db/outbox.repo')
	]);
	await outbox.forgetRejected(database(), id);
}

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
	const committedAt = await addDurably({ id, type: 'survey_response', data: parsed });
	// User Timing mark at the commit's instant: `npm run bench:sync` measures tap-to-durable-save with it.
	performance.mark('qep:saved', { startTime: committedAt - performance.timeOrigin, detail: { id } });
	sendSoon();
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
	await addDurably(
		files.length > 0
			? { id, type: 'complaint', data: parsed, files }
			: { id, type: 'complaint', data: parsed }
	);
	if (replaces) await forgetRejected(replaces);
	sendSoon();
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
	await addDurably({ id, type: 'suggestion', data: result.data });
	if (replaces) await forgetRejected(replaces);
	sendSoon();
	return id;
}
