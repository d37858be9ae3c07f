// A filter form's draft: a copy of its page's query that the form edits, brought back in line with the URL
// when another view is shown (see follow-query), its own check's findings forgotten then.
import { untrack } from 'svelte';
import { followQuery } from './follow-query.svelte';

export class FilterDraft<Q extends object> {
	/** What the form shows and edits. */
	values = $state() as Q;
	/** The form's own check of `values`: code or message by field, until another view is shown. */
	local = $state<Record<string, string>>({});

	/** During a component's setup: `viewOf` tells views apart (the query's URL parameters). */
	constructor(query: () => Q, viewOf: (query: Q) => string) {
		this.values = { ...untrack(query) };
		followQuery(query, viewOf, (shown) => {
			this.values = { ...shown };
			this.local = {};
		});
	}
}
