// The kiosk on the lobby's tablet (1280×800 landscape, touch, visitors in a hurry, some with low vision):
// text large enough to read, targets large enough to tap, and a way out of any step that asks before
// discarding what the visitor entered.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { countRows } from './support/complaint';
import { enrolKiosk, takeOffline } from './support/kiosk';

test.use({ viewport: { width: 1280, height: 800 } });

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const startFrench = (page: Page) => page.getByRole('button', { name: /Français/ });
/** Opens the complaint or suggestion form in French from the welcome screen (its own dialog asks which). */
async function openFrench(
	page: Page,
	form: 'Faire une réclamation ou poser une question' | 'Laisser une suggestion'
) {
	await page.getByRole('button', { name: 'Réclamation, question ou suggestion' }).first().click();
	await page.getByRole('dialog', { name: 'Autres démarches' }).getByRole('button', { name: form }).click();
}
const abandonSurvey = (page: Page) => page.getByRole('button', { name: 'Abandonner le questionnaire' });
const confirmDialog = (page: Page) =>
	page.getByRole('dialog', { name: 'Abandonner et revenir à l’accueil ?' });

/** Computed font size in px. */
const fontSize = (locator: Locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

/** The kiosk's body text size: what its layout sets, which every hint and counter must reach. */
const bodySize = (page: Page) => fontSize(page.locator('main#borne'));

interface Measure {
	name: string;
	size: number;
	width: number;
	height: number;
}

/** Font size and box of every element under `selector` that a visitor sees (not hidden, not aria-hidden). */
function measure(page: Page, selector: string): Promise<Measure[]> {
	return page.locator(selector).evaluateAll((nodes) =>
		nodes
			.filter((n) => (n as HTMLElement).offsetParent !== null && !n.closest('[aria-hidden="true"]'))
			.map((n) => {
				const box = n.getBoundingClientRect();
				const name = `${n.tagName} ${n.id || n.textContent!.trim().slice(0, 30)}`;
				return { name, size: parseFloat(getComputedStyle(n).fontSize), width: box.width, height: box.height };
			})
	);
}

/** DSFR's text hints in the main area. */
const hintSizes = (page: Page) => measure(page, 'main .fr-hint-text');

/** True when the page scrolls in neither direction. */
const fitsScreen = (page: Page) =>
	page.evaluate(() => {
		const root = document.scrollingElement!;
		return root.scrollHeight <= window.innerHeight && root.scrollWidth <= window.innerWidth;
	});

test('ten languages fit the welcome screen without scrolling, in landscape and portrait, each in its own words', async ({
	page
}) => {
	const all = ['fr', 'en', 'ar', 'es', 'pt', 'tr', 'ru', 'uk', 'zh', 'ro'];
	await enrolKiosk(page, { languages: all });
	const tiles = page
		.getByRole('list')
		.filter({ has: startFrench(page) })
		.getByRole('listitem');
	await expect(tiles).toHaveCount(10);
	expect(await fitsScreen(page)).toBe(true);
	// Each language by its own name, its texts marked in it (Arabic right to left), every target 56 px high.
	await expect(tiles.nth(2)).toHaveAttribute('lang', 'ar');
	await expect(tiles.nth(2)).toHaveAttribute('dir', 'rtl');
	await expect(tiles.nth(8)).toHaveAttribute('lang', 'zh-Hans');
	await expect(tiles.nth(8).getByRole('button').first()).toContainText('简体中文');
	const targets = await measure(page, 'main#borne button:not(.kiosk-staff)');
	expect(targets.length).toBe(20);
	for (const { name, height } of targets) expect(height, name).toBeGreaterThanOrEqual(56);
	await expectAccessible(page);

	await page.setViewportSize({ width: 800, height: 1280 });
	expect(await fitsScreen(page)).toBe(true);
	for (const { name, height } of await measure(page, 'main#borne button:not(.kiosk-staff)'))
		expect(height, name).toBeGreaterThanOrEqual(56);

	// With the keyboard: Romanian's other requests open in Romanian, and Escape comes back to that button.
	const romanian = tiles.nth(9).getByRole('button', { name: 'Reclamație, întrebare sau sugestie' });
	await romanian.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Alte demersuri' });
	await expect(dialog).toHaveAttribute('lang', 'ro');
	await expect(
		dialog.getByRole('button', { name: 'Depuneți o reclamație sau puneți o întrebare' })
	).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	await expect(romanian).toBeFocused();
});

test('on the tablet, the step counter, the comment’s hint and its counter are as large as the kiosk’s body text', async ({
	page
}) => {
	await enrolKiosk(page);
	const body = await bodySize(page);
	expect(body).toBeGreaterThanOrEqual(18);

	await startFrench(page).click();
	expect(await fontSize(h1(page).getByText('Question 1 sur 5'))).toBeGreaterThanOrEqual(body);
	for (let i = 1; i <= 5; i++) {
		await expect(h1(page)).toContainText(`Question ${i} sur 5`);
		await page.getByRole('button', { name: 'Satisfait', exact: true }).click();
	}
	await expect(h1(page)).toContainText('Dernière étape');
	const counter = page.getByText(/^Caractères restants/);
	const hint = page.getByText(/^Votre avis reste anonyme/);
	expect(await fontSize(counter)).toBeGreaterThanOrEqual(body);
	expect(await fontSize(hint)).toBeGreaterThanOrEqual(body);
	for (const { name, size } of await hintSizes(page)) expect(size, name).toBeGreaterThanOrEqual(body);
});

test('the kiosk complaint form reads and taps like the survey: large text, targets of 44 px at least', async ({
	page
}) => {
	await enrolKiosk(page);
	const body = await bodySize(page);
	await openFrench(page, 'Faire une réclamation ou poser une question');
	await expect(h1(page)).toHaveText('Faire une réclamation ou poser une question');
	await expect(page.getByLabel('Objet')).toBeVisible();

	// The same type scale as the survey: its 2 rem title at least; text, labels and fields at the body size at
	// least, hints included.
	expect(await fontSize(h1(page))).toBeGreaterThanOrEqual(32);
	const hints = await hintSizes(page);
	expect(hints.length).toBeGreaterThan(5);
	for (const { name, size } of hints) expect(size, name).toBeGreaterThanOrEqual(body);
	const texts = await measure(page, 'main :is(label, legend, p, input:not([type=radio]), textarea, select)');
	expect(texts.length).toBeGreaterThan(10);
	for (const { name, size } of texts) expect(size, name).toBeGreaterThanOrEqual(body);

	// Every control a finger must hit (the radio buttons through their labels) is 44 px square at least.
	const targets = await measure(
		page,
		'main :is(button, input:not([type=radio]), textarea, select, .fr-radio-group label)'
	);
	expect(targets.length).toBeGreaterThan(8);
	for (const { name, width, height } of targets) {
		expect(height, name).toBeGreaterThanOrEqual(44);
		expect(width, name).toBeGreaterThanOrEqual(44);
	}
	await expectAccessible(page);
});

test('a visitor stops the survey on step 2: confirmed in a dialog, back to the welcome screen, nothing sent is lost', async ({
	page
}) => {
	// A whole survey, an offline switch and two scans.
	test.slow();
	await page.clock.install();
	await enrolKiosk(page);
	// Offline, what was submitted stays in the outbox, where abandoning must leave it.
	await takeOffline(page);

	// A first visitor sends their answers (kept in the outbox while offline).
	await startFrench(page).click();
	for (let i = 1; i <= 5; i++) {
		await expect(h1(page)).toContainText(`Question ${i} sur 5`);
		if (i > 1) await expect(abandonSurvey(page)).toBeVisible();
		await page.getByRole('button', { name: 'Satisfait', exact: true }).click();
	}
	await expect(abandonSurvey(page)).toBeVisible();
	await page.getByRole('button', { name: 'Envoyer' }).click();
	await expect(h1(page)).toHaveText('Merci pour votre avis !');
	await expect(abandonSurvey(page)).toHaveCount(0);
	expect(await countRows(page, 'outbox')).toBe(1);
	await page.getByRole('button', { name: 'Terminer' }).click();
	await page.clock.fastForward('00:21');
	await expect(startFrench(page)).toBeEnabled();

	// The next one answers the first question, then wants to stop: none on the first step (it has its own way
	// back), one on the second.
	await startFrench(page).click();
	await expect(h1(page)).toContainText('Question 1 sur 5');
	await expect(abandonSurvey(page)).toHaveCount(0);
	await page.getByRole('button', { name: 'Très satisfait' }).click();
	await expect(h1(page)).toContainText('Question 2 sur 5');

	// There is an answer: a confirmation, with focus on the safe choice; Escape keeps the visitor where they were.
	await abandonSurvey(page).click();
	const dialog = confirmDialog(page);
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('Vos réponses seront effacées');
	await expect(dialog.getByRole('button', { name: 'Non, continuer' })).toBeFocused();
	await expectAccessible(page);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(abandonSurvey(page)).toBeFocused();
	await expect(h1(page)).toContainText('Question 2 sur 5');

	// With the keyboard only: open, move to "Oui, abandonner", confirm.
	await page.keyboard.press('Enter');
	await expect(dialog.getByRole('button', { name: 'Non, continuer' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(dialog.getByRole('button', { name: 'Oui, abandonner' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(startFrench(page)).toBeVisible();
	await expect(dialog).toHaveCount(0);
	await expectAccessible(page);

	// The answer is gone, what was sent before is still waiting to go, and no cooldown was started.
	expect(await countRows(page, 'outbox')).toBe(1);
	await expect(startFrench(page)).toBeEnabled();
	await startFrench(page).click();
	await expect(page.getByRole('button', { name: 'Très satisfait' })).toHaveAttribute('aria-pressed', 'false');
});

test('the kiosk forms leave at once when nothing was typed, and ask first when something was', async ({
	page
}) => {
	await enrolKiosk(page);
	const back = page.getByRole('button', { name: 'Retour à l’accueil' });
	const complaint = () => openFrench(page, 'Faire une réclamation ou poser une question');

	// Nothing typed: straight back.
	await complaint();
	await expect(page.getByLabel('Objet')).toBeVisible();
	await back.click();
	await expect(startFrench(page)).toBeVisible();

	// Something typed: the visitor is asked; "continue" keeps the text.
	await complaint();
	await page.getByLabel('Objet').fill('À moitié écrit');
	await back.click();
	const dialog = confirmDialog(page);
	await expect(dialog).toContainText('Ce que vous avez saisi sera effacé');
	await expect(dialog.getByRole('button', { name: 'Non, continuer' })).toBeFocused();
	await dialog.getByRole('button', { name: 'Non, continuer' }).click();
	await expect(dialog).toBeHidden();
	await expect(back).toBeFocused();
	await expect(page.getByLabel('Objet')).toHaveValue('À moitié écrit');

	await back.click();
	await dialog.getByRole('button', { name: 'Oui, abandonner' }).click();
	await expect(startFrench(page)).toBeVisible();
	await expect(page.getByRole('main')).not.toContainText('À moitié écrit');

	// The suggestion form asks too.
	await openFrench(page, 'Laisser une suggestion');
	await page.getByLabel('Votre suggestion').fill('Une plante verte');
	await back.click();
	await expect(dialog).toBeVisible();
	await expectAccessible(page);
	await dialog.getByRole('button', { name: 'Oui, abandonner' }).click();
	await expect(startFrench(page)).toBeVisible();
});
