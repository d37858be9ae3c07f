// A filter form edits a copy of its page's query. A new view (the back button, a status tab) brings the
// copy in line with it; a mere refresh of the same view (realtime) must not wipe what is being typed.

/**
 * Returns a function that tells whether a view (the query's URL parameters, as a string) differs from
 * the one it was last given, and remembers it. The first view is always new.
 */
export function viewFollower(): (view: string) => boolean {
	let shown: string | null = null;
	return (view) => {
		if (view === shown) return false;
		shown = view;
		return true;
	};
}
