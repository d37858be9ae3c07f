// The facts the accessibility statement gives about the machine checks behind it. checks.spec.ts holds them
// to the repository: the axe-core release installed, and the end-to-end specs that make each check.

/** The day the checks were last run and the statement written (YYYY-MM-DD). */
export const CHECKED_ON = '2026-12-06';

/** The axe-core release the WCAG 2.1 A/AA scans run with (package-lock.json's). */
export const AXE_VERSION = '4.13.0';
