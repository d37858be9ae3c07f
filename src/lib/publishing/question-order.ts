// Moving a question up or down in a draft questionnaire. Positions are unique per questionnaire (a unique
// index), so a swap goes through a free position: A → free, B → A's place, A → B's place. Pure: it says
// which updates to make, in which order; the page sends them in one batch (one transaction).

export interface Positioned {
	id: string;
	position: number;
}

/** Positions run from 1 to 100 (the collection's limits). */
export const MAX_POSITION = 100;

export interface PositionUpdate {
	id: string;
	position: number;
}

/** Questions in their order. */
export function inOrder<T extends Positioned>(questions: readonly T[]): T[] {
	return [...questions].sort((a, b) => a.position - b.position);
}

/** A position no question holds, for a swap's middle step (or a new question); null when all 100 are taken. */
export function freePosition(questions: readonly Positioned[]): number | null {
	const taken = new Set(questions.map((q) => q.position));
	const after = Math.max(0, ...taken) + 1;
	if (after <= MAX_POSITION) return after;
	for (let p = 1; p <= MAX_POSITION; p++) if (!taken.has(p)) return p;
	return null;
}

/**
 * The updates that move question `id` one place up (-1) or down (+1); empty when it is already first or
 * last. Never two questions on the same position at any step.
 */
export function moveUpdates(
	questions: readonly Positioned[],
	id: string,
	direction: -1 | 1
): PositionUpdate[] {
	const ordered = inOrder(questions);
	const index = ordered.findIndex((q) => q.id === id);
	const other = ordered[index + direction];
	if (index < 0 || !other) return [];
	const moving = ordered[index]!;
	const free = freePosition(questions);
	if (free === null) throw new RangeError('No free position for the swap');
	return [
		{ id: moving.id, position: free },
		{ id: other.id, position: moving.position },
		{ id: moving.id, position: other.position }
	];
}

/** The questions after the updates (what the page shows once the server agreed). */
export function applyUpdates<T extends Positioned>(
	questions: readonly T[],
	updates: readonly PositionUpdate[]
): T[] {
	const final = new Map(updates.map((u) => [u.id, u.position]));
	return inOrder(questions.map((q) => (final.has(q.id) ? { ...q, position: final.get(q.id)! } : q)));
}

/** The position for a new question: after the last one. */
export function nextPosition(questions: readonly Positioned[]): number | null {
	const last = Math.max(0, ...questions.map((q) => q.position));
	return last < MAX_POSITION ? last + 1 : freePosition(questions);
}
