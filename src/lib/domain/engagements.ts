// Qual-e-pref engagements, questionnaires and their questions.
import * as z from 'zod/mini';
import { LANGUAGES, SLUG_PATTERN, labels, relation, text } from './fields';

export const engagementSchema = z.object({
	module: z.int().check(z.minimum(1), z.maximum(2)),
	number: z.int().check(z.minimum(1), z.maximum(99)),
	theme: text(1, 120),
	label: text(3, 300)
});
export type Engagement = z.infer<typeof engagementSchema>;

export const QUESTIONNAIRE_STATUSES = ['draft', 'active', 'archived'] as const;

export const questionnaireSchema = z.object({
	code: text(2, 60, SLUG_PATTERN),
	version: z.int().check(z.minimum(1), z.maximum(9999)),
	status: z.enum(QUESTIONNAIRE_STATUSES),
	title: labels(),
	languages: z.array(z.enum(LANGUAGES)).check(z.minLength(1), z.maxLength(LANGUAGES.length))
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

export const questionSchema = z.object({
	questionnaire: relation('questionnaires'),
	engagement: relation('engagements'),
	position: z.int().check(z.minimum(1), z.maximum(100)),
	label: labels()
});
export type Question = z.infer<typeof questionSchema>;
