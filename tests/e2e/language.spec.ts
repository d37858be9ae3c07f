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

test.describe('a browser that prefers Arabic', () => {
	test.use({ locale: 'ar-MA' });

	test('is offered Arabic in Arabic, never imposed; accepting it turns the page right to left', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		const proposal = page.getByRole('region', { name: 'هذا الموقع متوفر أيضًا بلغتك.' });
		await expect(proposal).toHaveAttribute('lang', 'ar');
		await expect(proposal).toHaveAttribute('dir', 'rtl');
		await expectAccessible(page);

		await proposal.getByRole('button', { name: 'العرض بالعربية' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('#contenu')).toBeFocused();
		await expect(page.getByRole('region', { name: 'هذا الموقع متوفر أيضًا بلغتك.' })).toHaveCount(0);
		await expectAccessible(page);

		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('region', { name: 'هذا الموقع متوفر أيضًا بلغتك.' })).toHaveCount(0);
	});

	test('declining keeps French for good on this device', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'المتابعة بالفرنسية' }).click();
		await expect(page.getByRole('region', { name: 'هذا الموقع متوفر أيضًا بلغتك.' })).toHaveCount(0);
		await expect(page.locator('#contenu')).toBeFocused();
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('region', { name: 'هذا الموقع متوفر أيضًا بلغتك.' })).toHaveCount(0);
	});
});

test('the back office speaks French to a visitor who chose Arabic, and offers French and English only', async ({
	page
}) => {
	await page.goto('/');
	await page.evaluate(() => localStorage.setItem('PARAGLIDE_LOCALE', 'ar'));
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

	await page.goto('/connexion');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion à l’espace agents');
	await page
		.getByRole('button', { name: /choisir la langue/i })
		.first()
		.click();
	const menu = page.locator('.fr-translate__menu:visible');
	await expect(menu.getByRole('button')).toHaveText(['FR - Français', 'EN - English']);

	// Back among the visitors' pages, their language again.
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});
