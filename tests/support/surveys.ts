// Survey responses for POST /api/qep/ingest and the call to it, for the integration tests.
import type PocketBase from 'pocketbase';
import { newId } from '../../src/lib/domain/ids';
import type { IngestResult } from '../../src/lib/domain/submission';
import type { World } from './world';

/**
 * A survey response to the world's questionnaire at its first site: one "satisfied" answer to its question,
 * on the web, today, without a comment; `data` overrides any of it.
 */
export function surveyItem(
	w: Pick<World, 'questionnaire' | 'question' | 'siteA'>,
	data: Record<string, unknown> = {},
	id = newId()
) {
	return {
		id,
		type: 'survey_response' as const,
		data: {
			questionnaire: w.questionnaire.id,
			site: w.siteA.id,
			reception_point: '',
			channel: 'web',
			language: 'fr',
			day: new Date().toISOString().slice(0, 10),
			comment: '',
			answers: [{ question: w.question.id, value: 'satisfied' }],
			...data
		}
	};
}

/** POST /api/qep/ingest as that client: the verdict on each item. */
export async function ingest(client: PocketBase, items: unknown[]): Promise<IngestResult[]> {
	const { results } = await client.send<{ results: IngestResult[] }>('/api/qep/ingest', {
		method: 'POST',
		body: { items }
	});
	return results;
}
