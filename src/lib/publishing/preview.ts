// The preview of a publication, before it is made: the indicators route's counts (staff only) turned into
// the cells the server will freeze, with the same rule for small samples, so the referent sees which
// cells will be suppressed. Pure; the page fetches the counts.
import { satisfaction, type ScaleCounts } from '$lib/domain/indicators';
import type { Dimension, Snapshot, SnapshotCell } from '$lib/domain/snapshot';

/** What GET /api/qep/indicators answers, as far as the preview needs it. */
export interface IndicatorAnswer {
	/** `responses`: the people who answered, when the route gives them (the publication always does). */
	cells: { key: string; counts: ScaleCounts; responses?: number }[];
	total: { counts: ScaleCounts; responses?: number };
	complaints: {
		received: number;
		answered: number;
		inTimeShare: number | null;
		medianDays: number | null;
	};
	policy: { threshold: number; minimum_sample: number };
}

export interface PreviewInput {
	label: string;
	period: { from: string; to: string };
	organisation: string;
	/** Answers by engagement, site, point, channel and month. */
	by: Record<'engagement' | 'site' | 'point' | 'channel' | 'month', IndicatorAnswer>;
	/** Answers by engagement for each site (the lobby's site × engagement cells), by site id. */
	bySite: Record<string, IndicatorAnswer>;
	labelOf: (dimension: Dimension, key: string) => string;
}

/** One cell, suppressed under the minimum sample exactly as the server does it. */
export function previewCell(
	dimension: Dimension,
	key: string,
	label: string,
	counts: ScaleCounts,
	policy: IndicatorAnswer['policy'],
	responses?: number
): SnapshotCell {
	const s = satisfaction(counts, policy.threshold, policy.minimum_sample);
	if (s.small) return { dimension, key, label, suppressed: true, n: null };
	return {
		dimension,
		key,
		label,
		suppressed: false,
		n: s.n,
		...(typeof responses === 'number' ? { responses } : {}),
		counts,
		rate: s.rate,
		net: s.net,
		ci_low: s.interval?.low ?? null,
		ci_high: s.interval?.high ?? null,
		below_threshold: s.belowThreshold
	};
}

/** The snapshot the server would make of these counts. */
export function previewSnapshot(input: PreviewInput): Snapshot {
	const { policy, complaints, total } = input.by.engagement;
	const cells: SnapshotCell[] = [
		previewCell('total', '', input.organisation, total.counts, policy, total.responses)
	];
	for (const dimension of ['engagement', 'site', 'point', 'channel', 'month'] as const)
		for (const c of input.by[dimension].cells)
			cells.push(
				previewCell(dimension, c.key, input.labelOf(dimension, c.key), c.counts, policy, c.responses)
			);
	for (const [site, answer] of Object.entries(input.bySite))
		for (const c of answer.cells) {
			const key = `${site}|${c.key}`;
			const label = input.labelOf('site_engagement', key);
			cells.push(previewCell('site_engagement', key, label, c.counts, policy, c.responses));
		}
	return {
		version: 1,
		label: input.label,
		period: input.period,
		organisation: input.organisation,
		policy,
		cells,
		complaints: {
			received: complaints.received,
			answered: complaints.answered,
			in_time_share: complaints.inTimeShare,
			median_days: complaints.medianDays
		}
	};
}

/** How many cells of a snapshot will be published without figures. */
export function suppressedCount(snapshot: Snapshot): number {
	return snapshot.cells.filter((c) => c.suppressed).length;
}
