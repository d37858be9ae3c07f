// The back-office lists (inbox, action plan, board): after a filter or a page change, focus moves to the
// results' heading, which says how many items there are; entering the page from elsewhere does not.
import { afterNavigate } from '$app/navigation';
import type { AfterNavigate } from '@sveltejs/kit';
import { tick } from 'svelte';

/** True when the navigation stayed on the same list with another query (a filter, another page). */
export function isSameListNavigation({
	from,
	to,
	type
}: Pick<AfterNavigate, 'from' | 'to' | 'type'>): boolean {
	return type !== 'enter' && !!from && from.route.id === to?.route.id;
}

/** Moves focus to `results()` after each navigation within the list; call it while the component starts. */
export function focusResultsAfterFilter(results: () => HTMLElement | undefined): void {
	afterNavigate((navigation) => {
		if (isSameListNavigation(navigation)) void tick().then(() => results()?.focus());
	});
}
