// The action plan through the record API (rules: staff read, referents and admins write; notes are
// append-only and their author must be the caller).
import type { RecordModel } from 'pocketbase';
import type { ActionStatus, ActionTrigger } from '$lib/domain/cockpit';
import { pb } from './client';

/** The plan pages' loads depend on it: saving and the retry button invalidate it. */
export const PLAN_DEPENDENCY = 'qep:plan';

export interface ActionRecord extends RecordModel {
	title: string;
	description: string;
	engagement: string;
	site: string;
	reception_point: string;
	owner: string;
	due_date: string;
	status: ActionStatus;
	trigger: ActionTrigger | null;
	created: string;
	expand?: {
		owner?: { name: string };
		engagement?: { number: number; label: string };
		site?: { name: string };
		reception_point?: { name: string };
	};
}

export interface NoteRecord extends RecordModel {
	text: string;
	author: string;
	created: string;
	expand?: { author?: { name: string } };
}

export interface StaffOption {
	id: string;
	name: string;
	role: string;
}

const EXPAND = 'owner,engagement,site,reception_point';

/** The plan, filtered by cockpit/plan-query's planFilter (the page sorts overdue first). */
export function listActions({
	expr,
	params
}: {
	expr: string;
	params: Record<string, string>;
}): Promise<ActionRecord[]> {
	return pb.collection('action_items').getFullList<ActionRecord>({
		filter: expr ? pb.filter(expr, params) : '',
		sort: 'due_date,-created',
		expand: EXPAND,
		requestKey: null
	});
}

/** One action and its notes, oldest first. */
export async function loadAction(id: string): Promise<{ action: ActionRecord; notes: NoteRecord[] }> {
	const [action, notes] = await Promise.all([
		pb.collection('action_items').getOne<ActionRecord>(id, { expand: EXPAND, requestKey: null }),
		pb.collection('action_notes').getFullList<NoteRecord>({
			filter: pb.filter('action = {:id}', { id }),
			sort: 'created',
			expand: 'author',
			requestKey: null
		})
	]);
	return { action, notes };
}

/** Staff who may own an action (those the caller can see). */
export function listStaff(): Promise<StaffOption[]> {
	return pb
		.collection('staff')
		.getFullList<StaffOption>({ fields: 'id,name,role', sort: 'name', requestKey: null });
}

/** Creates an action (cockpit/prefill's recordOf); throws the SDK error (400 with field codes, 403 for agents). */
export async function createAction(fields: Record<string, unknown>): Promise<string> {
	const record = await pb.collection('action_items').create(fields, { requestKey: null });
	return record.id;
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
