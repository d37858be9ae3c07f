// Published results: the public record API (list, one publication), the referents' route that makes one,
// and the staff-only indicators route the preview reads.
import {
	publicationRecordSchema,
	publicationSummarySchema,
	type PublicationRecord,
	type PublicationSummary
} from '$lib/publishing/snapshot';
import type { IndicatorAnswer } from '$lib/publishing/preview';
import { pb } from './client';

const options = { requestKey: null };

/** Every publication, newest first, without the snapshots. */
export async function list(): Promise<PublicationSummary[]> {
	const items = await pb.collection('publications').getFullList({
		...options,
		sort: '-created,-id',
		fields: 'id,label,period_from,period_to,created'
	});
	return items.map((item) => publicationSummarySchema.parse(item));
}

/** One publication with its snapshot. */
export async function get(id: string): Promise<PublicationRecord> {
	return publicationRecordSchema.parse(await pb.collection('publications').getOne(id, options));
}

/** Freezes the period's figures into a publication (referents and admins). */
export function publish(body: { label: string; from: string; to: string }): Promise<{ id: string }> {
	return pb.send('/api/qep/publications', { method: 'POST', body, ...options });
}

/** The indicators route's answer for a period, broken down by one dimension. */
export function indicators(query: {
	from: string;
	to: string;
	by: string;
	site?: string;
}): Promise<IndicatorAnswer> {
	const params: Record<string, string> = { from: query.from, to: query.to, by: query.by };
	if (query.site) params.site = query.site;
	return pb.send('/api/qep/indicators', { method: 'GET', query: params, ...options });
}

/** Open data addresses of a publication. */
export const dataUrl = (id: string, format: 'csv' | 'json') =>
	`/api/qep/publications/${encodeURIComponent(id)}/data.${format}`;
