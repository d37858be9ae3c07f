// The referent's cockpit: the action plan and its follow-up notes, and published results.
import * as z from 'zod/mini';
import { json, optionalDate, optionalRelation, optionalText, relation, text } from './fields';

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'abandoned'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The figures that called for an action: the board's cell under the threshold. */
export const actionTriggerSchema = z.object({
	from: z.string(),
	to: z.string(),
	by: z.string(),
	key: z.string(),
	n: z.int().check(z.minimum(0)),
	rate: z.nullable(z.number().check(z.minimum(0), z.maximum(1)))
});
export type ActionTrigger = z.infer<typeof actionTriggerSchema>;

export const actionItemSchema = z.object({
	title: text(3, 200),
	description: optionalText(5000),
	engagement: optionalRelation('engagements'),
	site: optionalRelation('sites'),
	reception_point: optionalRelation('reception_points'),
	owner: optionalRelation('staff'),
	due_date: optionalDate(),
	status: z.enum(ACTION_STATUSES),
	trigger: z.optional(json(z.nullable(actionTriggerSchema)))
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const actionNoteSchema = z.object({
	action: relation('action_items'),
	author: relation('staff'),
	text: text(1, 5000)
});
export type ActionNote = z.infer<typeof actionNoteSchema>;

export const publicationSchema = z.object({
	label: text(3, 120),
	period_from: text(10, 10),
	period_to: text(10, 10),
	published_by: optionalRelation('staff'),
	snapshot: json(z.record(z.string(), z.unknown()))
});
export type Publication = z.infer<typeof publicationSchema>;
