/** The Conservation page's load depends on it: invalidate it after every hold or release. */
export const DEPENDENCY = 'qep:retention-expiring';
