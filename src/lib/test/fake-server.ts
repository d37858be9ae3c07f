// Test doubles for the sync layer (unit tests only): an in-memory ingest server and a transport to it
// whose failures a test scripts.
import type { IngestItem, IngestResult } from '$lib/domain/submission';
import { SyncFailure, type Transport } from '$lib/sync/transport';
import type { SurveySubmission } from '$lib/domain/submission';

/** What the real ingest route guarantees: idempotent on ids, per-item verdicts. */
export class FakeIngestServer {
	/** id → how many times a row was inserted (must never exceed 1). */
	readonly inserts = new Map<string, number>();

	receive(items: IngestItem[]): IngestResult[] {
		return items.map((item) => {
			if (item.data.comment === 'REJECT')
				return { id: item.id, status: 'rejected', errors: { comment: 'invalid' } };
			if (this.inserts.has(item.id)) return { id: item.id, status: 'duplicate' };
			this.inserts.set(item.id, 1);
			return { id: item.id, status: 'created' };
		});
	}
}

/** How one send goes. */
export type Outcome = 'ok' | 'network' | 'server-error' | 'lost-after-store';

/** A transport to the fake server; each send takes the next scripted outcome ('ok' once they run out). */
export function scriptedTransport(
	server: FakeIngestServer,
	outcomes: Outcome[] = []
): Transport & { sends: number } {
	const transport = {
		sends: 0,
		async send(items: IngestItem[]) {
			transport.sends += 1;
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
