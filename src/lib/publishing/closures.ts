// A site's closure days (its own days off, skipped by the working-day calendar): a sorted list of
// 'YYYY-MM-DD' without duplicates. Pure.
import { isDay } from './period';

export type ClosureError = 'required' | 'invalid' | 'duplicate';

/** The list with `day` added, or the reason it cannot be. */
export function addClosure(
	days: readonly string[],
	day: string
): { days: string[] } | { error: ClosureError } {
	const value = day.trim();
	if (!value) return { error: 'required' };
	if (!isDay(value)) return { error: 'invalid' };
	if (days.includes(value)) return { error: 'duplicate' };
	return { days: [...days, value].sort() };
}

/** The list without `day`. */
export function removeClosure(days: readonly string[], day: string): string[] {
	return days.filter((d) => d !== day);
}

/** The stored value as a clean list (PocketBase's json field may hold null). */
export function closuresOf(value: unknown): string[] {
	if (!Array.isArray(value)) return [];
	return [...new Set(value.filter((d): d is string => typeof d === 'string' && isDay(d)))].sort();
}
