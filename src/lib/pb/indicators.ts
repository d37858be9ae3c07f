// GET /api/qep/indicators (its one client: the board and the publication preview) and the reference data
// that names its keys. Counts only: the browser turns them into rates and intervals (cockpit/board.ts,
// publishing/preview.ts, with $lib/domain/indicators).
import * as z from 'zod/mini';
import { parseAnswer } from './answer';
import { readAll } from './records';
import { pb } from './client';
import * as engagements from './engagements';
import type { Engagement } from './types';

/** The board page's load depends on it: the retry button invalidates it. */
export const BOARD_DEPENDENCY = 'qep:indicators';

const count = z.int().check(z.minimum(0));
const countsSchema = z.object({
	very_satisfied: count,
	satisfied: count,
	dissatisfied: count,
	very_dissatisfied: count,
	no_opinion: count
});
const rangeSchema = z.object({ from: z.string(), to: z.string() });

export const indicatorsSchema = z.object({
	period: rangeSchema,
	previous: rangeSchema,
	by: z.string(),
	cells: z.array(z.object({ key: z.string(), counts: countsSchema, previous: countsSchema })),
	total: z.object({ counts: countsSchema, previous: countsSchema }),
	complaints: z.object({
		received: count,
		byKind: z.record(z.string(), count),
		byChannel: z.record(z.string(), count),
		byEngagement: z.record(z.string(), count),
		answered: count,
		answeredInTime: count,
		inTimeShare: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
		medianDays: z.nullable(z.number()),
		p90Days: z.nullable(z.number()),
		overdueNow: count
	}),
	policy: z.object({ threshold: z.number(), minimum_sample: z.int() })
});
export type Indicators = z.infer<typeof indicatorsSchema>;
export type ComplaintFigures = Indicators['complaints'];

/** The board's counts; throws the SDK error (400 with codes per parameter, 401) or a zod error. */
export async function fetchIndicators(params: Record<string, string>): Promise<Indicators> {
	const answer = await pb.send('/api/qep/indicators', { query: params, requestKey: null });
	return parseAnswer(indicatorsSchema, answer);
}

const siteRefSchema = z.object({ id: z.string(), name: z.string() });
const pointRefSchema = z.object({ id: z.string(), name: z.string(), site: z.string() });
const questionRefSchema = z.object({
	id: z.string(),
	position: z.int(),
	label: z.record(z.string(), z.string()),
	engagement: z.string(),
	questionnaire: z.string()
});
export type SiteRef = z.infer<typeof siteRefSchema>;
export type PointRef = z.infer<typeof pointRefSchema>;
export type QuestionRef = z.infer<typeof questionRefSchema>;

/** What names the board's keys and fills its filters. */
export interface References {
	engagements: Engagement[];
	sites: SiteRef[];
	points: PointRef[];
	questions: QuestionRef[];
}

/** Engagements, sites, reception points and questions (every version: old answers keep theirs). */
export async function loadReferences(): Promise<References> {
	const [engagementList, sites, points, questions] = await Promise.all([
		engagements.list(),
		readAll('sites', siteRefSchema, { sort: 'name' }),
		readAll('reception_points', pointRefSchema, { sort: 'name' }),
		readAll('questions', questionRefSchema, { sort: 'position' })
	]);
	return { engagements: engagementList, sites, points, questions };
}
