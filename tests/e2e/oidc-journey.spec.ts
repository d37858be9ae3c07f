// Staff sign-in through ProConnect, end to end: the run's PocketBase is configured for an OpenID Connect
// provider that behaves like ProConnect (scripts/e2e.js, tests/support/oidc-provider.js), and Chromium goes
// to it and back. The flow's every check is proven at the HTTP level in tests/integration/oidc.test.ts;
// here, what an agent sees: the official button, the provider's page, the back office with their own sites,
// a sign-out that ends the session at the provider too, and a clear message with no session when refused.
import { expect, test, type Page } from '@playwright/test';
import type { RecordModel } from 'pocketbase';
import { expectAccessible } from './support/axe';
import { tabTo } from './support/keyboard';
import { su } from './support/staff-session';
import { claireStaff } from '../support/oidc-identities.js';

const ISSUER = process.env.E2E_OIDC_ISSUER ?? '';

let claire: RecordModel;
let own: RecordModel;
let other: RecordModel;

test.beforeAll(async () => {
	expect(ISSUER, 'run the end-to-end tests with npm run test:e2e').toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
	const admin = await su();
	const sites = await admin.collection('sites').getFullList({ sort: 'name' });
	const [first, second] = sites;
	if (!first || !second) throw new Error('the demo has two sites');
	[own, other] = [second, first];
	claire = await admin
		.collection('staff')
		.create({ ...claireStaff(`oidc-${crypto.randomUUID()}`), sites: [own.id] });
});

test.afterAll(async () => {
	if (claire) await (await su()).collection('staff').delete(claire.id);
});

test.beforeEach(async ({ page }) => {
	// The library's sign-in page asks a web font of a host this machine cannot reach: not its business here.
	await page.route('https://fonts.googleapis.com/**', (route) => route.abort());
});

const proconnectButton = (page: Page) => page.getByRole('button', { name: 'S’identifier avec ProConnect' });

/** From the sign-in page: the ProConnect button (by keyboard, or clicked), then the provider's form as `login`. */
async function signInAtProvider(page: Page, login: string, { keyboard = false } = {}) {
	await page.goto('/connexion');
	if (keyboard) {
		await tabTo(page, proconnectButton(page));
		await page.keyboard.press('Enter');
	} else await proconnectButton(page).click();
	await expect(page).toHaveURL(new RegExp(`^${ISSUER}/interaction/`));
	await page.locator('input[name="login"]').fill(login);
	await page.locator('input[name="password"]').fill('peu-importe');
	await page.getByRole('button', { name: 'Sign-in' }).click();
}

/** Back on the sign-in page with `message`, and no session: the back office sends to the sign-in page. */
async function expectRefused(page: Page, refusal: string, message: RegExp) {
	await expect(page).toHaveURL(new RegExp(`/connexion\\?oidc=${refusal}$`));
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Connexion avec ProConnect impossible');
	await expect(alert).toContainText(message);
	await expect(alert).toBeFocused();
	expect(await page.evaluate(() => localStorage.getItem('pocketbase_auth'))).toBeNull();
	await page.goto('/gestion');
	await expect(page).toHaveURL(/\/connexion$/);
}

test('the sign-in page shows ProConnect’s official button, and its link says what ProConnect is', async ({
	page
}) => {
	await page.goto('/connexion');
	const button = proconnectButton(page);
	await expect(button).toHaveClass(/fr-connect/);
	// ProConnect's logo in place of FranceConnect's: an image of this site, loaded.
	const logo = await button.evaluate((el) => getComputedStyle(el, '::before').backgroundImage);
	expect(logo).toMatch(
		/^url\("http:\/\/127\.0\.0\.1:\d+\/_app\/immutable\/assets\/proconnect-logo\.[\w-]+\.svg"\)$/
	);
	const about = page.getByRole('link', { name: 'Qu’est-ce que ProConnect ?' });
	await expect(about).toHaveAttribute('href', 'https://www.proconnect.gouv.fr/');
	await expect(about).toHaveAttribute('target', '_blank');
	// The password form stays for the accounts ProConnect does not know.
	await expect(page.getByLabel(/adresse électronique/i)).toBeVisible();
	await expectAccessible(page);
});

test('an agent signs in with ProConnect, works on their own sites, and signing out ends the session at ProConnect too', async ({
	page
}) => {
	await signInAtProvider(page, 'claire', { keyboard: true });
	await expect(page).toHaveURL(/\/gestion$/);
	await expect(page.getByRole('main')).toContainText('Claire Martin');

	// Every sign-in lands on the staff home; the inbox is its first link.
	await page.getByRole('main').getByRole('link', { name: 'Réclamations et demandes d’information' }).click();
	await expect(page).toHaveURL(/\/gestion\/reclamations$/);
	const sites = page.getByLabel('Site', { exact: true });
	await expect(sites.locator('option', { hasText: own.name })).toHaveCount(1);
	await expect(sites.locator('option', { hasText: other.name })).toHaveCount(0);

	await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
	// Back from the provider's end of session, with the state our sign-out sent it (ProConnect requires one).
	await expect(page).toHaveURL(/\/connexion\?state=\w+$/);
	await page.goto('/gestion');
	await expect(page).toHaveURL(/\/connexion$/);
	// Signed out at ProConnect too: the next sign-in asks who it is again instead of going straight through.
	await proconnectButton(page).click();
	await expect(page).toHaveURL(new RegExp(`^${ISSUER}/interaction/`));
	await expect(page.locator('input[name="login"]')).toBeVisible();
});

test('an agent ProConnect knows but the prefecture gave no account is told so, with no session', async ({
	page
}) => {
	await signInAtProvider(page, 'inconnu');
	await expectRefused(page, 'no_account', /Seul un administrateur peut créer un compte/);
});

for (const [login, what] of [
	['claire-nonce', 'another sign-in’s nonce'],
	['claire-audience', 'another service as its audience'],
	['claire-expire', 'an expiry half an hour ago']
] as const) {
	test(`an id_token with ${what} is refused with a clear message, and no session`, async ({ page }) => {
		await signInAtProvider(page, login);
		await expectRefused(page, 'claims', /n’a pas pu être vérifiée/);
	});
}

test('a sign-in finished in a tab after another tab started a newer one is refused (state), with no session', async ({
	page,
	context
}) => {
	await page.goto('/connexion');
	await proconnectButton(page).click();
	await expect(page.locator('input[name="login"]')).toBeVisible();
	// A second tab starts its own sign-in: the browser now holds that one's state.
	const second = await context.newPage();
	await second.route('https://fonts.googleapis.com/**', (route) => route.abort());
	await second.goto('/connexion');
	await proconnectButton(second).click();
	await expect(second.locator('input[name="login"]')).toBeVisible();
	await second.close();

	await page.locator('input[name="login"]').fill('claire');
	await page.locator('input[name="password"]').fill('peu-importe');
	await page.getByRole('button', { name: 'Sign-in' }).click();
	await expectRefused(page, 'state', /a expiré ou a été interrompue/);
});
