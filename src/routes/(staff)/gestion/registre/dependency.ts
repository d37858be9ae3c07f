/** The register page's load depends on it: invalidate it to read the register again. */
export const DEPENDENCY = 'qep:register';
