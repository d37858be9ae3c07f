// A publication's frozen snapshot, as POST /api/qep/publications makes it and the public record keeps
// it (pocketbase/pb_hooks/lib/publication.js). Parsed, never trusted blindly: a page shows what it checked.
import * as z from 'zod/mini';

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

const count = z.int().check(z.minimum(0));
const share = z.number().check(z.minimum(0), z.maximum(1));

export const snapshotCellSchema = z.object({
	dimension: z.enum(DIMENSIONS),
	key: z.string(),
	label: z.string(),
	suppressed: z.boolean(),
	/** Answers giving an opinion ("sans avis" aside): about one per engagement and visitor. */
	n: z.nullable(count),
	/** The people behind them (survey responses); absent from snapshots published before it was kept. */
	responses: z.optional(count),
	counts: z.optional(
		z.object({
			very_satisfied: count,
			satisfied: count,
			dissatisfied: count,
			very_dissatisfied: count,
			no_opinion: count
		})
	),
	rate: z.optional(z.nullable(share)),
	net: z.optional(z.nullable(z.number().check(z.minimum(-1), z.maximum(1)))),
	ci_low: z.optional(z.nullable(share)),
	ci_high: z.optional(z.nullable(share)),
	below_threshold: z.optional(z.boolean())
});
export type SnapshotCell = z.infer<typeof snapshotCellSchema>;

export const snapshotSchema = z.object({
	version: z.literal(1),
	label: z.string(),
	period: z.object({ from: z.string(), to: z.string() }),
	organisation: z.string(),
	policy: z.object({ threshold: share, minimum_sample: z.int().check(z.minimum(1)) }),
	cells: z.array(snapshotCellSchema),
	complaints: z.object({
		received: count,
		answered: count,
		in_time_share: z.nullable(share),
		median_days: z.nullable(z.number().check(z.minimum(0)))
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
export const publicationSummarySchema = z.omit(publicationRecordSchema, { snapshot: true });
export type PublicationSummary = z.infer<typeof publicationSummarySchema>;
