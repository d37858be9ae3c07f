// The action plan through the record API (rules: staff read, referents and admins write; notes are
// append-only and their author must be the caller).
import * as z from 'zod/mini';
import { actionItemSchema, type ActionStatus } from '$lib/domain/cockpit';
import { parseAnswer } from './answer';
import { readAll, readOne } from './records';
import { pb } from './client';

/** The plan pages' loads depend on it: saving and the retry button invalidate it. */
export const PLAN_DEPENDENCY = 'qep:plan';

const named = z.object({ name: z.string() });

/** An action as stored (every field present: PocketBase writes '' for "none"), with its relations' names. */
export const actionRecordSchema = z.extend(z.required(actionItemSchema), {
	id: z.string(),
	created: z.string(),
	expand: z.optional(
		z.object({
			owner: z.optional(named),
			engagement: z.optional(z.object({ number: z.number(), label: z.string() })),
			site: z.optional(named),
			reception_point: z.optional(named)
		})
	)
});
export type ActionRecord = z.infer<typeof actionRecordSchema>;

export const noteRecordSchema = z.object({
	id: z.string(),
	text: z.string(),
	author: z.string(),
	created: z.string(),
	expand: z.optional(z.object({ author: z.optional(named) }))
});
export type NoteRecord = z.infer<typeof noteRecordSchema>;

export const staffOptionSchema = z.object({ id: z.string(), name: z.string(), role: z.string() });
export type StaffOption = z.infer<typeof staffOptionSchema>;

const EXPAND = 'owner,engagement,site,reception_point';

/** The plan, filtered by cockpit/plan-query's planFilter (the page sorts overdue first). */
export function listActions({
	expr,
	params
}: {
	expr: string;
	params: Record<string, string>;
}): Promise<ActionRecord[]> {
	return readAll('action_items', actionRecordSchema, {
		filter: expr ? pb.filter(expr, params) : '',
		sort: 'due_date,-created',
		expand: EXPAND
	});
}

/** One action and its notes, oldest first. */
export async function loadAction(id: string): Promise<{ action: ActionRecord; notes: NoteRecord[] }> {
	const [action, notes] = await Promise.all([
		readOne('action_items', id, actionRecordSchema, { expand: EXPAND }),
		readAll('action_notes', noteRecordSchema, {
			filter: pb.filter('action = {:id}', { id }),
			sort: 'created',
			expand: 'author'
		})
	]);
	return { action, notes };
}

/** Staff who may own an action (those the caller can see). */
export function listStaff(): Promise<StaffOption[]> {
	return readAll('staff', staffOptionSchema, { sort: 'name' });
}

const createdSchema = z.object({ id: z.string() });

/** Creates an action (cockpit/prefill's recordOf); throws the SDK error (400 with field codes, 403 for agents). */
export async function createAction(fields: Record<string, unknown>): Promise<string> {
	const record = await pb.collection('action_items').create(fields, { fields: 'id', requestKey: null });
	return parseAnswer(createdSchema, record).id;
}

/** Changes an action's status, owner and due date. */
export async function updateAction(
	id: string,
	change: { status: ActionStatus; owner: string; due_date: string }
): Promise<void> {
	await pb
		.collection('action_items')
		.update(
			id,
			{ ...change, due_date: change.due_date ? `${change.due_date} 00:00:00.000Z` : '' },
			{ requestKey: null }
		);
}

/** Adds a follow-up note signed by the caller. */
export async function addNote(action: string, text: string): Promise<void> {
	const author = pb.authStore.record?.id ?? '';
	await pb.collection('action_notes').create({ action, author, text: text.trim() }, { requestKey: null });
}
