/** What the erasure dialog erases: a complaint (named by its reference) or a suggestion (by its day). */
export interface ErasureTarget {
	kind: 'complaint' | 'suggestion';
	id: string;
	/** "2026-R-000123" or "Suggestion du 3 décembre 2026". */
	label: string;
}
