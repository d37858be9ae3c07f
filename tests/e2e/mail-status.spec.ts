import { expect, test, type Page } from '@playwright/test';
import { agent } from './support/accounts';
import { expectAccessible } from './support/axe';

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
