// The device's own database (IndexedDB through Dexie): the outbox of submissions not yet confirmed by
// the server, the ones it refused (kept aside, never dropped), and cached configuration.
// Versions are append-only: never edit a version that shipped; add version(n + 1) with its upgrade.
import Dexie, { type Table } from 'dexie';
import type { SubmissionType, SurveySubmission } from '$lib/domain/submission';

export interface OutboxRow {
	id: string;
	type: SubmissionType;
	data: SurveySubmission;
	/** ms since epoch, on this device: the order in which items are sent. */
	createdAt: number;
	/** Failed send attempts so far (for the status screen). */
	attempts: number;
}

export interface RejectedRow {
	id: string;
	type: SubmissionType;
	data: SurveySubmission;
	/** Field → error code, as the server said. */
	errors: Record<string, string>;
	rejectedAt: number;
}

export interface CacheRow {
	key: string;
	value: unknown;
	savedAt: number;
}

export class QepDatabase extends Dexie {
	outbox!: Table<OutboxRow, string>;
	rejected!: Table<RejectedRow, string>;
	cache!: Table<CacheRow, string>;

	constructor(name = 'qual-e-pref') {
		super(name);
		this.version(1).stores({ outbox: 'id, createdAt', rejected: 'id, rejectedAt', cache: 'key' });
	}
}

let instance: QepDatabase | null = null;

/** The app's database (one per origin). */
export function database(): QepDatabase {
	instance ??= new QepDatabase();
	return instance;
}
