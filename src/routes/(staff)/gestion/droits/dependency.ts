/** The Droits des personnes page's load depends on it: invalidate it after every correction or erasure. */
export const DEPENDENCY = 'qep:rights';
