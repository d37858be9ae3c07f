import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * The WCAG 2.1 A/AA violations axe-core finds on the page as it is now, one line each: rule, impact, help
 * and the elements at fault.
 *
 * Legacy mode runs axe in the page itself: the default mode opens a second, blank page for every scan to
 * merge the frames' results, which cost 1.5–2.5 s a scan on a busy 2-core machine (2.3–4 s a scan against
 * 0.8–1.7 s), and the journeys scan up to six times. The app has no frame to merge (an embedded cross-origin
 * frame would show as untested in axe's `frame-tested` rule). Only violations are collected in full: the
 * passes were computed for nothing.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

/** Fails with the list of WCAG 2.1 A/AA violations axe-core finds on the page as it is now. */
export async function expectAccessible(page: Page) {
	expect(await accessibilityViolations(page)).toEqual([]);
}
