// Anonymous survey responses and their per-question answers.
import * as z from 'zod/mini';
import { day, languageSchema, optionalDate, optionalRelation, optionalText, relation, text } from './fields';

/** The 4-point satisfaction scale plus "no opinion", from most to least satisfied. */
export const SCALE = [
	'very_satisfied',
	'satisfied',
	'dissatisfied',
	'very_dissatisfied',
	'no_opinion'
] as const;
export type ScaleValue = (typeof SCALE)[number];

export const SURVEY_CHANNELS = ['kiosk', 'web', 'paper'] as const;

export const surveyResponseSchema = z.object({
	questionnaire: relation('questionnaires'),
	site: relation('sites'),
	reception_point: optionalRelation('reception_points'),
	channel: z.enum(SURVEY_CHANNELS),
	language: languageSchema,
	day: day(),
	comment: optionalText(1000)
});
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

export const surveyAnswerSchema = z.object({
	response: relation('survey_responses'),
	question: relation('questions'),
	engagement: relation('engagements'),
	questionnaire: relation('questionnaires'),
	site: relation('sites'),
	reception_point: optionalRelation('reception_points'),
	channel: z.enum(SURVEY_CHANNELS),
	day: day(),
	value: z.enum(SCALE)
});
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;

export const SUGGESTION_STATUSES = ['read', 'answered'] as const;

export const suggestionSchema = z.object({
	site: relation('sites'),
	reception_point: optionalRelation('reception_points'),
	channel: z.enum(SURVEY_CHANNELS),
	text: z.string().check(z.trim(), z.minLength(3), z.maxLength(2000)),
	email: z.optional(z.union([z.email(), z.literal('')])),
	day: day(),
	status: z.optional(z.union([z.enum(SUGGESTION_STATUSES), z.literal('')])),
	/** Erased at a person's request (server only): when, and the administrator's reason. */
	anonymised_at: optionalDate(),
	anonymised_reason: optionalText(500)
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/**
 * Daily answer counts (written by the server's ingest; read by the staff-only indicators route): answers
 * per day, site, reception point, channel, question (with its questionnaire and engagement) and value.
 */
export const answerCountSchema = z.object({
	day: text(10, 10),
	site: text(1, 15),
	reception_point: optionalText(15),
	channel: text(1, 10),
	questionnaire: text(1, 15),
	question: text(1, 15),
	engagement: text(1, 15),
	value: text(1, 20),
	n: z.int().check(z.minimum(1), z.maximum(1_000_000_000))
});
export type AnswerCount = z.infer<typeof answerCountSchema>;
