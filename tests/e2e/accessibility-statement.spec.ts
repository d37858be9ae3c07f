// The accessibility statement says what a visitor must know: not compliant until a human audit, what the
// machines checked (axe-core as installed, the WCAG 2.1 A/AA rules, the keyboard journeys, reflow), on which
// day, what they cannot judge and the known defects; read in another language, that the French text alone is
// authoritative, one link away.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';
import { expectAccessible } from './support/axe';

const axeVersion: string = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages[
	'node_modules/axe-core'
].version;

async function visitorIn(browser: Browser, code: string) {
	const context = await browser.newContext();
	await context.addInitScript((value) => localStorage.setItem('PARAGLIDE_LOCALE', value), code);
	return context.newPage();
}

test('in French: not compliant, what was checked and how, on which day, and what machines cannot judge', async ({
	page
}) => {
	await page.goto('/accessibilite');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déclaration d’accessibilité');
	await expect(page.locator('#a11y-status')).toContainText('non conforme');
	await expect(page.getByTestId('translation-notice')).toHaveCount(0);

	await expect(
		page.getByRole('heading', { level: 2, name: 'Ce qui a été vérifié, et comment' })
	).toBeVisible();
	await expect(page.locator('#a11y-checked-on')).toContainText(
		'Dernière vérification\u00a0: 6 décembre 2026.'
	);
	const checks = page.locator('#a11y-checks > li');
	await expect(checks).toHaveCount(3);
	await expect(checks.nth(0)).toContainText(
		`axe-core (version ${axeVersion}, règles WCAG 2.1 niveaux A et AA)`
	);
	await expect(checks.nth(0)).toContainText('en français et en arabe');
	await expect(checks.nth(0)).toContainText('en thème clair et en thème sombre');
	await expect(checks.nth(1)).toContainText('au clavier seul');
	await expect(checks.nth(2)).toContainText('320 pixels de large et avec un zoom à 200\u00a0%');

	await expect(
		page.getByRole('heading', { level: 2, name: 'Ce que les machines ne vérifient pas' })
	).toBeVisible();
	await expect(page.locator('#a11y-limits')).toContainText('la pertinence des textes alternatifs');
	await expect(page.locator('#a11y-limits')).toContainText(
		'aucune page n’a encore été parcourue avec un lecteur'
	);
	await expect(page.getByRole('heading', { level: 2, name: 'Défauts connus' })).toBeVisible();
	await expect(page.locator('#a11y-known > li')).toHaveCount(2);
	await expectAccessible(page);
});

test('in Arabic: a translation, right to left, with the authoritative French text one link away', async ({
	browser
}) => {
	const page = await visitorIn(browser, 'ar');
	await page.goto('/accessibilite');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const notice = page.getByTestId('translation-notice');
	await expect(notice).toContainText('هذا النص ترجمة');
	await expect(page.locator('#a11y-status')).toContainText('غير مطابقة');
	await expect(page.locator('#a11y-checks > li').first()).toContainText(`الإصدار ${axeVersion}`);
	await expectAccessible(page);

	// The French text, marked as French, without changing the language chosen for the rest of the site.
	await notice.getByRole('link').click();
	await expect(page).toHaveURL(/\/accessibilite\?langue=fr$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déclaration d’accessibilité');
	await expect(page.locator('#a11y-checked-on')).toContainText('6 décembre 2026');
	await expect(page.locator('div[lang="fr"]').filter({ has: page.locator('h1') })).toHaveAttribute(
		'dir',
		'ltr'
	);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expectAccessible(page);
	await page.context().close();
});
