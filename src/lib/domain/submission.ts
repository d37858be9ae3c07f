// What a device sends: a submission made on the device, with its id, kept in the outbox until the
// server confirms it. The server's ingest route (pocketbase/pb_hooks/lib/ingest.js) checks the same rules.
import { z } from 'zod';
import { DAY_PATTERN, ID_PATTERN, LANGUAGES, idSchema } from './fields';
import { SCALE, SURVEY_CHANNELS } from './survey';

/** One answered question. */
export const answerInputSchema = z.object({ question: idSchema, value: z.enum(SCALE) });

/** A completed survey, as the kiosk or the web page submits it. */
export const surveySubmissionSchema = z.object({
	questionnaire: idSchema,
	site: idSchema,
	reception_point: z.union([idSchema, z.literal('')]),
	channel: z.enum(SURVEY_CHANNELS),
	language: z.enum(LANGUAGES),
	day: z.string().regex(DAY_PATTERN),
	comment: z.string().trim().max(1000),
	answers: z.array(answerInputSchema).min(1).max(100)
});
export type SurveySubmission = z.infer<typeof surveySubmissionSchema>;

/** Kinds of submission the outbox carries; complaints and suggestions join them later. */
export const SUBMISSION_TYPES = ['survey_response'] as const;
export type SubmissionType = (typeof SUBMISSION_TYPES)[number];

/** An item as the ingest route receives it. */
export const ingestItemSchema = z.object({
	id: z.string().regex(ID_PATTERN),
	type: z.enum(SUBMISSION_TYPES),
	data: surveySubmissionSchema
});
export type IngestItem = z.infer<typeof ingestItemSchema>;

/** The server's verdict on one item: stored now, stored before (idempotent replay), or refused. */
export const ingestResultSchema = z.discriminatedUnion('status', [
	z.object({ id: z.string(), status: z.literal('created') }),
	z.object({ id: z.string(), status: z.literal('duplicate') }),
	z.object({ id: z.string(), status: z.literal('rejected'), errors: z.record(z.string(), z.string()) })
]);
export type IngestResult = z.infer<typeof ingestResultSchema>;
export const ingestResponseSchema = z.object({ results: z.array(ingestResultSchema) });
