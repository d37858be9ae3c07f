// A publication's frozen snapshot, as POST /api/qep/publications makes it and the public record keeps
// it (pocketbase/pb_hooks/lib/publication.js). Parsed, never trusted blindly: a page shows what it checked.
import { z } from 'zod';

export const DIMENSIONS = [
	'total',
	'engagement',
	'site',
	'site_engagement',
	'point',
	'channel',
	'month'
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const count = z.number().int().min(0);
const share = z.number().min(0).max(1);

export const snapshotCellSchema = z.object({
	dimension: z.enum(DIMENSIONS),
	key: z.string(),
	label: z.string(),
	suppressed: z.boolean(),
	/** Answers giving an opinion ("sans avis" aside): about one per engagement and visitor. */
	n: count.nullable(),
	/** The people behind them (survey responses); absent from snapshots published before it was kept. */
	responses: count.optional(),
	counts: z
		.object({
			very_satisfied: count,
			satisfied: count,
			dissatisfied: count,
			very_dissatisfied: count,
			no_opinion: count
		})
		.optional(),
	rate: share.nullable().optional(),
	net: z.number().min(-1).max(1).nullable().optional(),
	ci_low: share.nullable().optional(),
	ci_high: share.nullable().optional(),
	below_threshold: z.boolean().optional()
});
export type SnapshotCell = z.infer<typeof snapshotCellSchema>;

export const snapshotSchema = z.object({
	version: z.literal(1),
	label: z.string(),
	period: z.object({ from: z.string(), to: z.string() }),
	organisation: z.string(),
	policy: z.object({ threshold: share, minimum_sample: z.number().int().min(1) }),
	cells: z.array(snapshotCellSchema),
	complaints: z.object({
		received: count,
		answered: count,
		in_time_share: share.nullable(),
		median_days: z.number().min(0).nullable()
	})
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** A publication as the public record API serves it. */
export const publicationRecordSchema = z.object({
	id: z.string(),
	label: z.string(),
	period_from: z.string(),
	period_to: z.string(),
	created: z.string(),
	snapshot: snapshotSchema
});
export type PublicationRecord = z.infer<typeof publicationRecordSchema>;

/** The list of past publications (without their snapshots). */
export const publicationSummarySchema = publicationRecordSchema.omit({ snapshot: true });
export type PublicationSummary = z.infer<typeof publicationSummarySchema>;
