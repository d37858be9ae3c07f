// A filter form's copy of its page's query follows the URL: see view-follower.ts.
import { untrack } from 'svelte';
import { viewFollower } from './view-follower';

/**
 * During a component's setup: calls `show` with the query now and each time the URL shows another view
 * (`viewOf`, e.g. the query's URL parameters), not when the same view is merely reloaded.
 */
export function followQuery<Q>(query: () => Q, viewOf: (query: Q) => string, show: (query: Q) => void): void {
	const isNewView = viewFollower();
	$effect.pre(() => {
		const current = query();
		if (isNewView(viewOf(current))) untrack(() => show(current));
	});
}
