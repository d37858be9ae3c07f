// The edges of a sign-in through the State's single sign-on (ProConnect) around the landing page: a landing
// without a usable one-time code trades nothing and leaves no session, and a password session signs out here
// only, never at the provider. The whole journey against the run's provider is oidc-journey.spec.ts; the
// server side, check by check, tests/integration/oidc.test.ts.
import { expect, test, type Page } from '@playwright/test';
import { agent } from './support/accounts';
import { su } from './support/staff-session';

/** Answers the landing page's trade of a code with a session of the seeded agent; returns the codes asked. */
async function answerTrade(page: Page) {
	const admin = await su();
	const record = await admin
		.collection('staff')
		.getFirstListItem(admin.filter('email = {:email}', { email: agent.email }));
	const { authStore } = await admin.collection('staff').impersonate(record.id, 3600);
	const asked: unknown[] = [];
	await page.route('**/api/qep/oidc/session', async (route) => {
		asked.push(route.request().postDataJSON());
		await route.fulfill({ json: { token: authStore.token } });
	});
	return asked;
}

/** The sign-out requests the page sends to the provider's route. */
function logoutRequests(page: Page) {
	const seen: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname === '/api/qep/oidc/logout') seen.push(request.url());
	});
	return seen;
}

test('a landing without a usable code goes back to the sign-in page, with no session', async ({ page }) => {
	const asked = await answerTrade(page);
	await page.goto('/connexion/proconnect#token=aaa.bbb.ccc');
	await expect(page).toHaveURL(/\/connexion\?oidc=provider$/);
	await expect(page.getByRole('alert')).toBeVisible();
	expect(asked).toEqual([]);
});

test('a password session signs out here only', async ({ page }) => {
	const logouts = logoutRequests(page);
	await page.goto('/connexion');
	await page.getByLabel(/adresse électronique/i).fill(agent.email);
	await page.getByLabel(/mot de passe/i).fill(agent.password);
	await page.getByRole('button', { name: /se connecter/i }).click();
	await expect(page).toHaveURL(/\/gestion$/);
	await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
	await expect(page).toHaveURL(/\/connexion$/);
	expect(logouts).toEqual([]);
});
