/** The accounts page's load depends on it: invalidate it after every change. */
export const DEPENDENCY = 'qep:staff-accounts';
