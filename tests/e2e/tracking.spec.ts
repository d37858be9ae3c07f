import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

test('the tracking form checks its fields before asking the server', async ({ page }) => {
	let asked = 0;
	await page.route('**/api/qep/track', (route) => {
		asked += 1;
		return route.continue();
	});
	await page.goto('/suivi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suivre ma demande');
	await expectAccessible(page);
	await page.getByLabel('Référence').fill('R-12');
	await page.getByLabel('Adresse électronique').fill('camille@');
	await page.getByRole('button', { name: 'Afficher ma demande' }).click();
	await expect(page.locator('#tracking-reference-messages')).toContainText('au format 2026-R-000123');
	await expect(page.locator('#tracking-email-messages')).toContainText('adresse électronique valide');
	await expect(page.getByLabel('Référence')).toBeFocused();
	await expectAccessible(page);
	expect(asked).toBe(0);
});

test('a private link that matches nothing says not found; too many lookups say to wait', async ({ page }) => {
	await page.goto(`/suivi#${'x'.repeat(43)}`);
	await expect(page.getByRole('alert')).toContainText('Demande introuvable');
	await expectAccessible(page);

	// The server's rate limit (429), answered here so as not to spend the shared limit of this address.
	await page.route('**/api/qep/track', (route) =>
		route.fulfill({
			status: 429,
			contentType: 'application/json',
			body: '{"status":429,"message":"Too Many Requests."}'
		})
	);
	await page.getByLabel('Référence').fill('2026-R-000001');
	await page.getByLabel('Adresse électronique').fill('camille@example.org');
	await page.getByRole('button', { name: 'Afficher ma demande' }).click();
	await expect(page.getByRole('alert')).toContainText('Trop de tentatives');
	await expect(page.getByRole('alert')).toContainText('Patientez une minute');
});
