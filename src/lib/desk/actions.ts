// Which workflow buttons an item's status offers, as the server's workflow allows them
// (pocketbase/pb_hooks/lib/workflow.js): the page never shows a button the server would refuse.
import { m } from '$lib/i18n/messages';
import type { Status } from './labels';

export type WorkflowAction = 'take' | 'pause' | 'resume' | 'close' | 'reopen';

interface ActionSpec {
	/** The status it moves to (POST …/status { to }). */
	to: Status;
	label: () => string;
	/** What it does, when the button's name alone does not say it. */
	hint?: () => string;
	/** The outcome announced after it succeeded. */
	done: () => string;
}

export const ACTIONS: Record<WorkflowAction, ActionSpec> = {
	take: { to: 'in_progress', label: m.desk_action_take, done: m.desk_done_take },
	pause: {
		to: 'waiting',
		label: m.desk_action_pause,
		hint: m.desk_action_pause_hint,
		done: m.desk_done_pause
	},
	resume: {
		to: 'in_progress',
		label: m.desk_action_resume,
		hint: m.desk_action_resume_hint,
		done: m.desk_done_resume
	},
	close: { to: 'closed', label: m.desk_action_close, done: m.desk_done_close },
	reopen: { to: 'in_progress', label: m.desk_action_reopen, done: m.desk_done_reopen }
};

const BY_STATUS: Record<Status, WorkflowAction[]> = {
	received: ['take', 'pause'],
	in_progress: ['pause'],
	waiting: ['resume'],
	answered: ['close', 'reopen'],
	closed: ['reopen']
};

/** The status buttons for an item in `status`, in the order they are shown. */
export function allowedActions(status: string): WorkflowAction[] {
	return BY_STATUS[status as Status] ?? [];
}

/** An answer can be written while the item is open (received, in progress, waiting). */
export function canAnswer(status: string): boolean {
	return status === 'received' || status === 'in_progress' || status === 'waiting';
}
