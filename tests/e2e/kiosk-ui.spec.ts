import { expect, test, type Page } from '@playwright/test';
import { superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { KIOSK_PIN, enrolKiosk } from './support/kiosk';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const startFrench = (page: Page) => page.getByRole('button', { name: /Français/ });

/** Answers every question on screen with `answer`, up to the comment step. */
async function answerAll(page: Page, answer: string, stateText: RegExp) {
	while (stateText.test(await h1(page).innerText())) {
		const before = await h1(page).innerText();
		await page.getByRole('button', { name: answer, exact: true }).click();
		await expect(h1(page)).not.toHaveText(before);
	}
}

test('an unenrolled tablet tells staff how to enrol it', async ({ page }) => {
	await page.goto('/borne');
	await expect(h1(page)).toHaveText('Cette borne n’est pas inscrite');
	await expect(page.getByRole('main')).toContainText('lien d’inscription');
	await expect(page.getByRole('banner')).toHaveCount(0);
	await expectAccessible(page);
});

test('a spent or made-up enrolment link is refused clearly, and the code leaves the address bar', async ({
	page
}) => {
	await page.goto('/borne/inscription#notarealcode0000');
	await expect(page.getByRole('alert')).toContainText('Ce lien d’inscription a expiré ou a déjà servi');
	await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
	await expectAccessible(page);

	// A new link opened in the same tab changes only the fragment: it is taken too.
	await enrolKiosk(page);
	await expect(startFrench(page)).toBeVisible();
});

test('a visitor answers in English, is thanked, and the next one waits for the cooldown', async ({
	page
}) => {
	// A long journey: an enrolment, a whole survey and five accessibility scans.
	test.slow();
	await page.clock.install();
	await enrolKiosk(page);
	await expect(page.getByRole('banner')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /English/ })).toBeEnabled();
	await expectAccessible(page);

	await page.getByRole('button', { name: /English/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// The document title, what a screen reader announces first, follows the visitor's language.
	await expect(page).toHaveTitle(/^Feedback kiosk — /);
	await expect(h1(page)).toContainText('Question 1 of');
	await expect(h1(page)).toBeFocused();
	await expectAccessible(page);

	await answerAll(page, 'Very satisfied', /Question \d+ of/);
	await expect(h1(page)).toContainText('Last step');
	await expectAccessible(page);
	await page.getByLabel(/your comment/i).fill('Very helpful staff.');
	await page.getByRole('button', { name: 'Send' }).click();

	await expect(h1(page)).toHaveText('Thank you for your feedback!');
	await expectAccessible(page);

	// Back to the welcome screen in French after a few seconds; the start buttons wait (20 s in all).
	await page.clock.fastForward('00:06');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page).toHaveTitle(/^Borne d’avis — /);
	await expect(startFrench(page)).toBeDisabled();
	await expect(page.getByText(/Merci de patienter 1\d s/)).toBeVisible();
	await expectAccessible(page);

	await page.clock.fastForward('00:15');
	await expect(startFrench(page)).toBeEnabled();
	await expect(page.getByText(/Merci de patienter/)).toHaveCount(0);
});

test('a half-answered survey is discarded after 20 s without a touch, and nothing is stored', async ({
	page,
	context
}) => {
	await page.clock.install();
	await enrolKiosk(page);
	// Offline: anything stored would stay in the outbox, and show as pending on the status screen.
	// (Once the service worker controls the page, the status screen's code loads offline too.)
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker?.controller !== null), { timeout: 20_000 })
		.toBe(true);
	await context.setOffline(true);

	await startFrench(page).click();
	await page.getByRole('button', { name: 'Très satisfait' }).click();
	await expect(h1(page)).toContainText('Question 2 sur');

	await page.clock.fastForward('00:19');
	await expect(h1(page)).toContainText('Question 2 sur');
	await page.clock.fastForward('00:02');
	await expect(startFrench(page)).toBeEnabled();

	// The next visitor starts afresh: no answer carried over, no cooldown (nothing was submitted).
	await startFrench(page).click();
	await expect(h1(page)).toContainText('Question 1 sur');
	await expect(page.getByRole('button', { name: 'Très satisfait' })).toHaveAttribute('aria-pressed', 'false');
	await page.getByRole('button', { name: 'Retour à l’accueil' }).click();

	await page.getByRole('button', { name: 'Personnel' }).click();
	await page.getByLabel(/code pin/i).fill(KIOSK_PIN);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('row', { name: /en attente d’envoi/ })).toContainText('0');
});

test('staff reach the status screen with the PIN only; a wrong PIN is refused next to the field', async ({
	page
}) => {
	const { name } = await enrolKiosk(page);
	const staff = page.getByRole('button', { name: 'Personnel' });
	await staff.click();
	const dialog = page.getByRole('dialog', { name: 'Accès du personnel' });
	const pin = dialog.getByLabel(/code pin/i);
	await expect(pin).toBeFocused();
	await expect(pin).toHaveAttribute('inputmode', 'numeric');
	await expectAccessible(page);

	await pin.fill('1357');
	await page.keyboard.press('Enter');
	await expect(pin).toHaveAttribute('aria-invalid', 'true');
	await expect(dialog).toContainText('Code PIN incorrect.');
	await expect(page).toHaveURL(/\/borne$/);
	await expectAccessible(page);

	// Escape closes the dialog and gives focus back to the button that opened it.
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(staff).toBeFocused();

	await page.keyboard.press('Enter');
	await expect(pin).toBeFocused();
	await page.keyboard.type(KIOSK_PIN);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/borne\/etat$/);
	await expect(h1(page)).toHaveText('État de la borne');
	await expect(page.getByRole('row', { name: /^Borne/ })).toContainText(name);
	await expect(page.getByRole('row', { name: /^Site/ })).toContainText('Metz');
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
	await expect(page.getByText(/Synchronisation terminée/)).toBeVisible();

	// Leaving the status screen, or reloading it, asks for the PIN again.
	await page.getByRole('link', { name: 'Retour à la borne' }).click();
	await expect(page).toHaveURL(/\/borne$/);
	await page.goto('/borne/etat');
	await expect(page).toHaveURL(/\/borne$/);
	await expect(startFrench(page)).toBeVisible();
});

test('a revoked kiosk stops offering the survey and tells staff why', async ({ page }) => {
	const { id } = await enrolKiosk(page);
	const su = await superuser();
	await su.collection('kiosks').update(id, { status: 'revoked' });

	await page.reload();
	await expect(page.getByRole('main')).toContainText(
		'Borne révoquée : les réponses ne sont plus envoyées. Contactez le référent qualité.'
	);
	await expect(startFrench(page)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Personnel' })).toBeVisible();
	await expectAccessible(page);
});
