// RGAA (WCAG 2.1 A and AA): axe-core finds no violation on any page, public pages in French and in Arabic
// (right to left), back-office pages in French (the back office speaks no Arabic), each in the DSFR's light
// and dark themes, which follow the device's setting (app.html). One page per browser context, which visits
// every page in turn and fails once, naming each page with what axe found there.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoAccount } from './support/accounts';
import { accessibilityViolations } from './support/axe';
import { PUBLIC_PAGES, STAFF_PAGES, recordPages, sweep, type Visit } from './support/page-inventory';
import { useStaffSession } from './support/staff-session';

const admin = demoAccount('admin');

type Scheme = 'light' | 'dark';

/** A page in its own context: the device's colour scheme, the visitor's language chosen on this device. */
async function pageFor(browser: Browser, scheme: Scheme, language: string, staff?: string): Promise<Page> {
	const context = await browser.newContext({ colorScheme: scheme });
	await context.addInitScript((code) => localStorage.setItem('PARAGLIDE_LOCALE', code), language);
	if (staff) await useStaffSession(context, staff);
	return context.newPage();
}

/** Each page drawn in the theme and language expected (the back office in French whatever was chosen), axe-clean. */
async function expectNoViolation(
	page: Page,
	visits: Visit[],
	expected: { scheme: Scheme; lang: string; dir: 'ltr' | 'rtl' }
) {
	const html = page.locator('html');
	await sweep(page, visits, async () => {
		const staffArea = /^\/(gestion|connexion)/.test(new URL(page.url()).pathname);
		const drawn = [
			(await html.getAttribute('data-fr-theme')) === expected.scheme ? null : 'not in the expected theme',
			(await html.getAttribute('lang')) === (staffArea ? 'fr' : expected.lang) ? null : 'in another language',
			(await html.getAttribute('dir')) === (staffArea ? 'ltr' : expected.dir) ? null : 'in another direction'
		];
		return [...drawn.filter((problem) => problem !== null), ...(await accessibilityViolations(page))];
	});
}

const LANGUAGES = [
	{ code: 'fr', lang: 'fr', dir: 'ltr' },
	{ code: 'ar', lang: 'ar', dir: 'rtl' }
] as const;

for (const scheme of ['light', 'dark'] as const) {
	for (const { code, lang, dir } of LANGUAGES) {
		test(`public pages in ${code}, ${scheme} theme: no WCAG 2.1 A/AA violation`, async ({ browser }) => {
			test.slow();
			const records = await recordPages();
			const page = await pageFor(browser, scheme, code);
			await expectNoViolation(page, [...PUBLIC_PAGES, ...records.public], { scheme, lang, dir });
			await page.context().close();
		});
	}

	test(`back-office pages, ${scheme} theme: no WCAG 2.1 A/AA violation`, async ({ browser }) => {
		test.slow();
		const records = await recordPages();
		const page = await pageFor(browser, scheme, 'fr', admin.email);
		await expectNoViolation(page, [...STAFF_PAGES, ...records.staff], { scheme, lang: 'fr', dir: 'ltr' });
		await page.context().close();
	});
}

/** Whether the browser downloaded the Noto Sans Arabic face of this weight. */
const notoLoaded = (page: Page, weight: string) =>
	page.evaluate(
		(w) =>
			[...document.fonts].some(
				(f) => f.family.includes('Noto Sans Arabic') && f.weight === w && f.status === 'loaded'
			),
		weight
	);

test('the dark theme draws the page dark; Arabic text gets a font with its glyphs, downloaded only then', async ({
	browser
}) => {
	const french = await pageFor(browser, 'light', 'fr');
	await french.goto('/');
	await expect(french.locator('section[aria-labelledby=engagements] h3').first()).toBeVisible();
	expect(await notoLoaded(french, '400')).toBe(false);
	await french.context().close();

	const page = await pageFor(browser, 'dark', 'ar');
	await page.goto('/');
	await expect(page.locator('section[aria-labelledby=engagements] h3').first()).toBeVisible();
	const body = await page.evaluate(() => {
		const style = getComputedStyle(document.body);
		return { background: style.backgroundColor, font: style.fontFamily };
	});
	expect(body.background).toBe('rgb(22, 22, 22)');
	expect(body.font).toContain('Noto Sans Arabic');
	// Regular for the text, bold for the headings.
	await expect.poll(() => notoLoaded(page, '400')).toBe(true);
	await expect.poll(() => notoLoaded(page, '700')).toBe(true);
	await page.context().close();
});
