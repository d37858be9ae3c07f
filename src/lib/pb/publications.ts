// Published results: the public record API (list, one publication) and the referents' route that makes
// one (the preview reads the indicators route: ./indicators).
import {
	publicationRecordSchema,
	publicationSummarySchema,
	type PublicationRecord,
	type PublicationSummary
} from '$lib/domain/snapshot';
import * as z from 'zod/mini';
import { pb } from './client';
import { parseAnswer } from './answer';
import { readAll } from './records';

const options = { requestKey: null };

/** Every publication, newest first, without the snapshots. */
export const list = (): Promise<PublicationSummary[]> =>
	readAll('publications', publicationSummarySchema, { sort: '-created,-id' });

/** One publication with its snapshot. */
export async function get(id: string): Promise<PublicationRecord> {
	return parseAnswer(publicationRecordSchema, await pb.collection('publications').getOne(id, options));
}

const publishedSchema = z.object({ id: z.string() });

/** Freezes the period's figures into a publication (referents and admins). */
export async function publish(body: { label: string; from: string; to: string }): Promise<{ id: string }> {
	return parseAnswer(
		publishedSchema,
		await pb.send('/api/qep/publications', { method: 'POST', body, ...options })
	);
}

/** Open data addresses of a publication. */
export const dataUrl = (id: string, format: 'csv' | 'json') =>
	`/api/qep/publications/${encodeURIComponent(id)}/data.${format}`;
