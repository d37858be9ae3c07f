import { expect, test, type Page } from '@playwright/test';
import { agent } from './support/accounts';
import { expectAccessible } from './support/axe';

async function signIn(page: Page, email: string, password: string) {
	await page.goto('/connexion');
	await page.getByLabel(/adresse électronique/i).fill(email);
	await page.getByLabel(/mot de passe/i).fill(password);
	await page.getByRole('button', { name: /se connecter/i }).click();
}

test('a staff member signs in with the seeded account and reaches the back office', async ({ page }) => {
	await signIn(page, agent.email, agent.password);
	await expect(page).toHaveURL(/\/gestion$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/espace agents/i);
	await expect(page.getByRole('main')).toContainText(agent.name);
	await expectAccessible(page);

	await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
	await expect(page).toHaveURL(/\/connexion$/);
	await page.goto('/gestion');
	await expect(page).toHaveURL(/\/connexion$/);
});

test('a signed-in staff member sees who they are in the header of any page, and signs out there', async ({
	page
}) => {
	await signIn(page, agent.email, agent.password);
	await expect(page).toHaveURL(/\/gestion$/);
	await page.goto('/resultats');
	const header = page.getByRole('banner');
	const account = header.getByRole('link', { name: `Espace agents\u00a0: ${agent.name}` });
	await expect(account).toHaveAttribute('href', '/gestion');
	await expect(header.getByRole('link', { name: 'Espace agents', exact: true })).toHaveCount(0);
	await expectAccessible(page);

	// Signing out on a public page stays there; the header offers the sign-in again.
	await header.getByRole('button', { name: 'Se déconnecter' }).click();
	await expect(header.getByRole('link', { name: 'Espace agents', exact: true })).toHaveAttribute(
		'href',
		'/connexion'
	);
	await expect(page).toHaveURL(/\/resultats\/?$/);
	await page.goto('/gestion');
	await expect(page).toHaveURL(/\/connexion$/);
});

test('a wrong password shows an error and does not sign in', async ({ page }) => {
	await signIn(page, agent.email, 'not-the-password');
	await expect(page.getByRole('alert')).toContainText(/incorrect/i);
	await expect(page).toHaveURL(/\/connexion$/);
	await expectAccessible(page);
});

test('empty fields get a message next to each of them', async ({ page }) => {
	await page.goto('/connexion');
	await page.getByRole('button', { name: /se connecter/i }).click();
	await expect(page.getByLabel(/adresse électronique/i)).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel(/mot de passe/i)).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
});

test('the sign-in works with the keyboard alone', async ({ page }) => {
	await page.goto('/connexion');
	const email = page.getByLabel(/adresse électronique/i);
	// Tab from the top of the page until the e-mail field has focus, as a keyboard user would.
	for (let i = 0; i < 40 && !(await email.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(email).toBeFocused();
	await page.keyboard.type(agent.email);
	await page.keyboard.press('Tab');
	await expect(page.getByLabel(/mot de passe/i)).toBeFocused();
	await page.keyboard.type(agent.password);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/gestion$/);
});
