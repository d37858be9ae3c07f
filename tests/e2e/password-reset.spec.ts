// A member of staff who forgot a password asks for a link on the sign-in page, follows the e-mail and
// chooses a new one, by keyboard; the link serves once and the page never says whether an account exists.
import { expect, test } from '@playwright/test';
import { waitForMail } from '../support/smtp-sink.js';
import { superuser } from './support/api';
import { expectAccessible } from './support/axe';

async function newAccount() {
	const email = `oubli-${crypto.randomUUID().slice(0, 8)}@prefecture.test`;
	const password = 'un ancien mot de passe';
	const su = await superuser();
	await su
		.collection('staff')
		.create({ email, name: 'Agent Oublieux', role: 'referent', password, passwordConfirm: password });
	return { email, password };
}

test('a forgotten password is replaced through the e-mailed link, once', async ({ page }) => {
	const { email, password } = await newAccount();
	await page.goto('/connexion');
	await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mot de passe oublié');
	await page.getByRole('button', { name: 'Recevoir le lien' }).click();
	await expect(page.getByLabel(/adresse électronique/i)).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);

	await page.getByLabel(/adresse électronique/i).fill(email);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toContainText(`Si un compte utilise l’adresse ${email}`);
	await expectAccessible(page);

	const mail = await waitForMail(process.env.E2E_MAIL_URL!, { to: email, subject: /nouveau mot de passe/ });
	const link = /href="([^"]+)"/.exec(mail.html)?.[1] ?? '';
	expect(link).toContain('/connexion/nouveau-mot-de-passe#');
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisir un nouveau mot de passe');
	// The token leaves the address bar at once (it would otherwise stay in the history and screenshots).
	await expect(page).toHaveURL(/\/connexion\/nouveau-mot-de-passe$/);

	await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('trop court');
	await page.getByLabel('Confirmation du nouveau mot de passe').fill('trop court');
	await page.keyboard.press('Enter');
	await expect(page.locator('#password-messages')).toContainText('au moins 12 caractères');
	await expect(page.getByLabel('Nouveau mot de passe', { exact: true })).toBeFocused();
	await expectAccessible(page);

	await page.keyboard.type(' mais plus long');
	await page.getByLabel('Confirmation du nouveau mot de passe').fill('trop court mais plus long');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toContainText('Votre nouveau mot de passe est enregistré');

	await page.getByRole('link', { name: 'Se connecter' }).click();
	await page.getByLabel(/adresse électronique/i).fill(email);
	await page.getByLabel('Mot de passe', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page.getByRole('alert')).toContainText(/incorrect/i);
	await page.getByLabel('Mot de passe', { exact: true }).fill('trop court mais plus long');
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page).toHaveURL(/\/gestion$/);

	// The same link a second time: expired, with a way to ask for another.
	await page.goto(link);
	await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('encore une autre phrase');
	await page.getByLabel('Confirmation du nouveau mot de passe').fill('encore une autre phrase');
	await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
	await expect(page.getByRole('alert')).toContainText('Ce lien a expiré ou a déjà servi');
	await expect(page.getByRole('link', { name: 'Demander un nouveau lien' })).toBeVisible();
	await expectAccessible(page);
});

test('the new-password page opened without a link, or with a damaged one, says where links come from', async ({
	page
}) => {
	await page.goto('/connexion/nouveau-mot-de-passe#%E0%A4%A');
	await expect(page.getByRole('alert')).toContainText('depuis le lien reçu par courriel');
	await page.goto('/connexion/nouveau-mot-de-passe');
	await expect(page.getByRole('alert')).toContainText('depuis le lien reçu par courriel');
	await expect(page.getByRole('link', { name: 'Demander un nouveau lien' })).toBeVisible();
});
