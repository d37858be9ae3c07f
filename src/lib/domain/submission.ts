// What a device sends: a submission (survey, complaint, suggestion) made on the device, with its id, kept in the outbox until the
// server confirms it. The server's ingest route (pocketbase/pb_hooks/lib/ingest.js) checks the same rules.
import * as z from 'zod/mini';
import { DAY_PATTERN, ID_PATTERN, LANGUAGES, idSchema } from './fields';
import { REFERENCE_PATTERN } from './complaint';
import { COMPLAINT_SUBMISSION_KINDS, complaintSubmissionSchema } from './complaint-submission';
import { suggestionSubmissionSchema } from './suggestion-submission';
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
	day: z.string().check(z.regex(DAY_PATTERN)),
	comment: z.string().check(z.trim(), z.maxLength(1000)),
	answers: z.array(answerInputSchema).check(z.minLength(1), z.maxLength(100))
});
export type SurveySubmission = z.infer<typeof surveySubmissionSchema>;

/** Kinds of submission the outbox carries. */
export const SUBMISSION_TYPES = ['survey_response', 'complaint', 'suggestion'] as const;
export type SubmissionType = (typeof SUBMISSION_TYPES)[number];

/** The server route each type travels to: surveys to the ingest route, the rest to the complaints route. */
export type SubmissionRoute = 'ingest' | 'complaints';
export function routeOf(type: SubmissionType): SubmissionRoute {
	return type === 'survey_response' ? 'ingest' : 'complaints';
}

/** An item as the server routes receive it: `{ id, type, data }`, the data's shape given by the type. */
export const ingestItemSchema = z.discriminatedUnion('type', [
	z.object({
		id: z.string().check(z.regex(ID_PATTERN)),
		type: z.literal('survey_response'),
		data: surveySubmissionSchema
	}),
	z.object({
		id: z.string().check(z.regex(ID_PATTERN)),
		type: z.literal('complaint'),
		data: complaintSubmissionSchema
	}),
	z.object({
		id: z.string().check(z.regex(ID_PATTERN)),
		type: z.literal('suggestion'),
		data: suggestionSubmissionSchema
	})
]);
export type IngestItem = z.infer<typeof ingestItemSchema>;
/** The data of a submission of type T. */
export type SubmissionData<T extends SubmissionType = SubmissionType> = Extract<
	IngestItem,
	{ type: T }
>['data'];

export const ACK_STATUSES = ['sent', 'failed', 'not_requested', 'not_configured'] as const;
export type AckStatus = (typeof ACK_STATUSES)[number];

/** What the server says once it holds a complaint: the acknowledgement's facts (CRPA art. L112-11). */
export const receiptSchema = z.object({
	reference: z.string().check(z.regex(REFERENCE_PATTERN)),
	kind: z.enum(COMPLAINT_SUBMISSION_KINDS),
	received_at: z.string().check(z.minLength(1)),
	deadline_at: z.string().check(z.minLength(1)),
	ack: z.enum(ACK_STATUSES)
});
export type Receipt = z.infer<typeof receiptSchema>;

/** The server's verdict on one item: stored now, stored before (idempotent replay), or refused. */
export const ingestResultSchema = z.discriminatedUnion('status', [
	z.object({ id: z.string(), status: z.literal('created'), receipt: z.optional(receiptSchema) }),
	z.object({ id: z.string(), status: z.literal('duplicate'), receipt: z.optional(receiptSchema) }),
	z.object({ id: z.string(), status: z.literal('rejected'), errors: z.record(z.string(), z.string()) })
]);
export type IngestResult = z.infer<typeof ingestResultSchema>;
export const ingestResponseSchema = z.object({ results: z.array(ingestResultSchema) });
