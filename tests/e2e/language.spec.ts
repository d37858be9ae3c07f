import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

test('a visitor switches to English with the keyboard, and the choice survives a reload', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	const frenchHeading = await page.getByRole('heading', { level: 1 }).innerText();

	await page
		.getByRole('button', { name: /choisir la langue/i })
		.first()
		.focus();
	await page.keyboard.press('Enter');
	await page
		.getByRole('button', { name: /EN - English/ })
		.first()
		.focus();
	await page.keyboard.press('Enter');

	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(frenchHeading);
	await expect(page.getByRole('link', { name: /staff area/i }).first()).toBeVisible();
	await expectAccessible(page);

	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('link', { name: /staff area/i }).first()).toBeVisible();
});
