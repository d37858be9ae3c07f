// Every PocketBase collection the app reads or writes, with the zod schema that describes its records.
// The contract test holds these and the migrations to the same fields, types and limits.
import type * as z from 'zod/mini';
import { kioskSchema, staffSchema } from './accounts';
import { alertEventSchema, alertSchema } from './alerts';
import { actionItemSchema, actionNoteSchema, publicationSchema } from './cockpit';
import { complaintEventSchema, complaintSchema } from './complaint';
import { engagementSchema, questionSchema, questionnaireSchema } from './engagements';
import { opsEventSchema } from './operations';
import { policySchema } from './policy';
import { receptionPointSchema, siteSchema } from './places';
import { answerCountSchema, suggestionSchema, surveyAnswerSchema, surveyResponseSchema } from './survey';

export const collectionSchemas = {
	sites: siteSchema,
	reception_points: receptionPointSchema,
	engagements: engagementSchema,
	questionnaires: questionnaireSchema,
	questions: questionSchema,
	policies: policySchema,
	staff: staffSchema,
	kiosks: kioskSchema,
	survey_responses: surveyResponseSchema,
	survey_answers: surveyAnswerSchema,
	answer_counts: answerCountSchema,
	suggestions: suggestionSchema,
	complaints: complaintSchema,
	complaint_events: complaintEventSchema,
	action_items: actionItemSchema,
	action_notes: actionNoteSchema,
	publications: publicationSchema,
	ops_events: opsEventSchema,
	alerts: alertSchema,
	alert_events: alertEventSchema
} satisfies Record<string, z.ZodMiniObject>;

export type CollectionName = keyof typeof collectionSchemas;
