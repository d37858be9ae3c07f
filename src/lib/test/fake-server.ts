// Test doubles for the sync layer (unit tests only): an in-memory server with both routes (ingest for
// surveys, complaints for complaints and suggestions) and a transport to it whose failures a test scripts.
import type { OutboxItem } from '$lib/db/database';
import type { ComplaintSubmission } from '$lib/domain/complaint-submission';
import type { IngestResult, Receipt, SurveySubmission } from '$lib/domain/submission';
import { routeOf } from '$lib/domain/submission';
import type { SuggestionSubmission } from '$lib/domain/suggestion-submission';
import { SyncFailure, type Transport } from '$lib/sync/transport';

const REJECT = 'REJECT';

/** What the real routes guarantee: idempotent on ids, per-item verdicts, a receipt for each complaint. */
export class FakeIngestServer {
	/** id → how many times a row was inserted (must never exceed 1). */
	readonly inserts = new Map<string, number>();
	/** The receipt given to each complaint, by id. */
	readonly receipts = new Map<string, Receipt>();

	receive(items: OutboxItem[]): IngestResult[] {
		return items.map((item) => {
			if (textOf(item) === REJECT)
				return { id: item.id, status: 'rejected', errors: { [fieldOf(item)]: 'invalid' } };
			const receipt = item.type === 'complaint' ? this.#receiptFor(item.id) : undefined;
			if (this.inserts.has(item.id)) return { id: item.id, status: 'duplicate', receipt };
			this.inserts.set(item.id, 1);
			return { id: item.id, status: 'created', receipt };
		});
	}

	#receiptFor(id: string): Receipt {
		let receipt = this.receipts.get(id);
		if (!receipt) {
			receipt = {
				reference: `2026-R-${String(this.receipts.size + 1).padStart(6, '0')}`,
				kind: 'complaint',
				received_at: '2026-11-23T09:00:00.000Z',
				deadline_at: '2026-12-14T22:59:59.999Z',
				ack: 'sent'
			};
			this.receipts.set(id, receipt);
		}
		return receipt;
	}
}

const fieldOf = (item: OutboxItem) =>
	item.type === 'survey_response' ? 'comment' : item.type === 'complaint' ? 'subject' : 'text';
const textOf = (item: OutboxItem) =>
	item.type === 'survey_response'
		? item.data.comment
		: item.type === 'complaint'
			? item.data.subject
			: item.data.text;

/** How one send goes. */
export type Outcome = 'ok' | 'network' | 'server-error' | 'lost-after-store';

/** A transport to the fake server; each send takes the next scripted outcome ('ok' once they run out). */
export function scriptedTransport(
	server: FakeIngestServer,
	outcomes: Outcome[] = []
): Transport & { sends: number; batches: OutboxItem[][] } {
	const transport = {
		sends: 0,
		/** Every batch sent, in order. */
		batches: [] as OutboxItem[][],
		async send(items: OutboxItem[]) {
			transport.sends += 1;
			transport.batches.push(items);
			// The real transport sends a batch to one route: mixing them would be a bug in the engine.
			if (new Set(items.map((i) => routeOf(i.type))).size !== 1) throw new Error('batch mixes routes');
			const outcome = outcomes.shift() ?? 'ok';
			if (outcome === 'network') throw new SyncFailure('network', 'offline');
			if (outcome === 'server-error') throw new SyncFailure('server', 'server answered 503');
			const results = server.receive(items);
			if (outcome === 'lost-after-store')
				throw new SyncFailure('network', 'connection reset after the server stored the batch');
			return results;
		}
	};
	return transport;
}

let counter = 0;
/** A valid survey submission for tests. */
export function survey(overrides: Partial<SurveySubmission> = {}): SurveySubmission {
	counter += 1;
	return {
		questionnaire: 'questionnaire001',
		site: 'site00000000001',
		reception_point: '',
		channel: 'kiosk',
		language: 'fr',
		day: '2026-11-22',
		comment: `test ${counter}`,
		answers: [{ question: 'question0000001', value: 'satisfied' }],
		...overrides
	};
}

/** A valid complaint submission for tests. */
export function complaint(overrides: Partial<ComplaintSubmission> = {}): ComplaintSubmission {
	counter += 1;
	return {
		kind: 'complaint',
		channel: 'web',
		site: 'site00000000001',
		reception_point: '',
		engagement: '',
		service: '',
		subject: `Attente ${counter}`,
		description: 'J’ai attendu deux heures au guichet.',
		contact_name: 'Camille Martin',
		contact_email: 'camille@example.fr',
		contact_address: '',
		contact_phone: '',
		language: 'fr',
		tracking_token: 'A'.repeat(43),
		submitted_at: '2026-11-23T08:59:00.000Z',
		nickname: '',
		...overrides
	};
}

/** A valid suggestion submission for tests. */
export function suggestion(overrides: Partial<SuggestionSubmission> = {}): SuggestionSubmission {
	counter += 1;
	return {
		channel: 'web',
		site: 'site00000000001',
		reception_point: '',
		text: `Des chaises en plus ${counter}`,
		email: '',
		day: '2026-11-23',
		nickname: '',
		...overrides
	};
}

/** An outbox item of that type, carrying a valid submission for tests. */
export function outboxItem(type: OutboxItem['type'], id: string): OutboxItem {
	if (type === 'survey_response') return { id, type, data: survey() };
	if (type === 'complaint') return { id, type, data: complaint() };
	return { id, type, data: suggestion() };
}
