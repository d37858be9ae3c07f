// Moving through a page with the keyboard alone, as the journeys that must work without a mouse do.
import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab from wherever focus is until `target` has it (fails after `max` presses), as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
	for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}
