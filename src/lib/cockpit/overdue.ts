// Overdue actions of the plan: the due date has passed and the action is neither done nor abandoned.

export interface DatedAction {
	/** PocketBase date ("2026-11-20 00:00:00.000Z") or ''. */
	due_date: string;
	status: string;
}

/** The action's due day ('YYYY-MM-DD'), or '' when it has none. */
export const dueDay = (action: Pick<DatedAction, 'due_date'>): string => action.due_date.slice(0, 10);

/** True when the due day is before `today` and the action is still open or in progress. */
export function isOverdue(action: DatedAction, today: string): boolean {
	const due = dueDay(action);
	return due !== '' && due < today && (action.status === 'open' || action.status === 'in_progress');
}

/** Overdue first (oldest due date first), then by due date, undated last. */
export function byUrgency<T extends DatedAction>(actions: readonly T[], today: string): T[] {
	const key = (a: T) => [isOverdue(a, today) ? 0 : 1, dueDay(a) || '9999'] as const;
	return [...actions].sort((a, b) => {
		const [ka, kb] = [key(a), key(b)];
		return ka[0] - kb[0] || (ka[1] < kb[1] ? -1 : ka[1] > kb[1] ? 1 : 0);
	});
}
