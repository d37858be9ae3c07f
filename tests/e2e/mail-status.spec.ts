import { expect, test, type Page } from '@playwright/test';
import { agent } from './support/accounts';
import { expectAccessible } from './support/axe';
import { fileComplaint, staffClient } from './support/desk';
import { useStaffSession } from './support/staff-session';

async function signIn(page: Page) {
	await page.goto('/connexion');
	await page.getByLabel(/adresse électronique/i).fill(agent.email);
	await page.getByLabel(/mot de passe/i).fill(agent.password);
	await page.getByRole('button', { name: /se connecter/i }).click();
	await expect(page).toHaveURL(/\/gestion$/);
}

test('the back office warns when acknowledgements cannot be e-mailed, and only then', async ({ page }) => {
	// The end-to-end server mails to a sink: SMTP is configured, no warning.
	const answered = page.waitForResponse('**/api/qep/mail-status');
	await signIn(page);
	expect(await (await answered).json()).toEqual({ configured: true });
	await expect(page.getByRole('heading', { name: 'Messagerie non configurée' })).toHaveCount(0);

	// A server without SMTP (answered here: the shared server must keep mailing for the other tests).
	await page.route('**/api/qep/mail-status', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: '{"configured":false}' })
	);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Messagerie non configurée' })).toBeVisible();
	await expect(page.getByRole('main')).toContainText('ne sont pas envoyés par courriel');
	await expectAccessible(page);
});

test('without e-mail on the server, the answer’s confirmation says it will only be shown on the tracking page', async ({
	page
}) => {
	const { id } = await fileComplaint(await staffClient(agent));
	await page.route('**/api/qep/mail-status', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: '{"configured":false}' })
	);
	await useStaffSession(page.context(), agent.email);
	await page.goto(`/gestion/reclamations/${id}`);
	await page.locator('#answer-text').fill('Votre dossier a été retrouvé : il vous attend au guichet 3.');
	await page.getByRole('button', { name: 'Vérifier et envoyer la réponse' }).click();
	const dialog = page.getByRole('dialog', { name: /Envoyer la réponse au demandeur/ });
	await expect(dialog).toContainText('seulement affichée sur la page de suivi du demandeur');
	await expect(dialog).not.toContainText('envoyée par courriel');
	await expectAccessible(page);
	// Nothing is sent: the agent goes back to the answer.
	await dialog.getByRole('button', { name: 'Revenir à la réponse' }).click();
	await expect(dialog).toBeHidden();
});
