// Reflow (WCAG 1.4.10, RGAA 10.11): every public and back-office page reads without scrolling sideways at
// 320 CSS px wide and at 200 % zoom of a 1280 px window (a 640 px wide viewport drawn at twice the pixel
// density). A data table may scroll inside its own labelled, focusable region; the page itself never does.
// The referent's board also fits a 1280 × 800 window.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoAccount, referent } from './support/accounts';
import { baseURL } from './support/api';
import { PUBLIC_PAGES, STAFF_PAGES, recordPages, sweep, type Visit } from './support/page-inventory';
import { useStaffSession } from './support/staff-session';

const admin = demoAccount('admin');

const SIZES = [
	{ name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
	{ name: '200 % of 1280 px', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }
];

/**
 * How far the page reaches past the window's edges (0 when it fits, 1 px of rounding allowed; past the left
 * edge is how a right-to-left page overflows), with the deepest elements that stick out, to say which to fix.
 */
async function overflow(page: Page): Promise<{ excess: number; culprits: string[] }> {
	return page.evaluate(() => {
		const width = window.innerWidth;
		const excess = Math.max(0, document.documentElement.scrollWidth - width - 1);
		if (excess === 0) return { excess, culprits: [] };
		const outside = (el: Element) => {
			const box = el.getBoundingClientRect();
			return box.width > 0 && (box.right > width + 1 || box.left < -1);
		};
		const name = (el: Element) =>
			el.tagName.toLowerCase() +
			(el.id ? `#${el.id}` : '') +
			[...el.classList]
				.slice(0, 3)
				.map((c) => `.${c}`)
				.join('');
		const culprits = [...document.body.querySelectorAll('*')]
			.filter((el) => {
				if (!outside(el)) return false;
				// Inside a container that scrolls or clips and itself fits, it widens that container, not the page.
				for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
					if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(up).overflowX) && !outside(up)) return false;
				}
				return ![...el.children].some(outside);
			})
			.slice(0, 6)
			.map((el) => {
				const box = el.getBoundingClientRect();
				return `${name(el)} (${Math.round(box.left)}–${Math.round(box.right)} px)`;
			});
		return { excess, culprits };
	});
}

/**
 * The boxes that scroll sideways (a wide table's container) that a keyboard user could not scroll: neither
 * focusable themselves nor holding anything focusable, such as the table's labelled region (WCAG 2.1.1).
 */
async function unreachableScrollers(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
		return [...document.body.querySelectorAll('*')]
			.filter(
				(el) =>
					el.scrollWidth > el.clientWidth + 1 &&
					/(auto|scroll)/.test(getComputedStyle(el).overflowX) &&
					!el.matches(focusable) &&
					!el.querySelector(focusable)
			)
			.map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
	});
}

/** No page scrolls sideways, and any box that does can be scrolled with the keyboard. */
async function expectReflow(page: Page, visits: Visit[]) {
	await sweep(page, visits, async () => {
		const { excess, culprits } = await overflow(page);
		return [
			...(excess > 0 ? [`${excess} px too wide — ${culprits.join(', ')}`] : []),
			...(await unreachableScrollers(page)).map(
				(region) => `${region} scrolls sideways but the keyboard cannot reach it`
			)
		];
	});
}

/** A page of its own context at this size; signed in as `email`'s staff account, or read in `language`. */
async function pageAs(
	browser: Browser,
	size: (typeof SIZES)[number],
	{ email, language }: { email?: string; language?: string } = {}
): Promise<Page> {
	const context = await browser.newContext({
		baseURL: baseURL(),
		locale: 'fr-FR',
		timezoneId: 'Europe/Paris',
		viewport: size.viewport,
		deviceScaleFactor: size.deviceScaleFactor
	});
	if (email) await useStaffSession(context, email);
	// The visitor's language chosen on this device, as the language switch stores it.
	if (language)
		await context.addInitScript((code) => localStorage.setItem('PARAGLIDE_LOCALE', code), language);
	return context.newPage();
}

for (const size of SIZES) {
	test(`public pages reflow at ${size.name}`, async ({ browser }) => {
		test.slow();
		const records = await recordPages();
		const page = await pageAs(browser, size);
		await expectReflow(page, [...PUBLIC_PAGES, ...records.public]);
		await page.context().close();
	});

	test(`back-office pages reflow at ${size.name}`, async ({ browser }) => {
		test.slow();
		const records = await recordPages();
		const page = await pageAs(browser, size, { email: admin.email });
		await expectReflow(page, [...STAFF_PAGES, ...records.staff]);
		await page.context().close();
	});
}

test('public pages reflow at 320 px in Arabic, right to left', async ({ browser }) => {
	test.slow();
	const records = await recordPages();
	const page = await pageAs(browser, SIZES[0]!, { language: 'ar' });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectReflow(page, [...PUBLIC_PAGES, ...records.public]);
	await page.context().close();
});

/** The data tables that scroll sideways inside their own region (by caption), with how far. */
async function tablesScrolling(page: Page): Promise<string[]> {
	return page
		.locator('.fr-table__content[role="region"]')
		.evaluateAll((regions) =>
			regions
				.filter((region) => region.scrollWidth > region.clientWidth + 1)
				.map(
					(region) =>
						`${region.querySelector('caption')?.textContent?.trim()}: ${region.scrollWidth - region.clientWidth} px hidden`
				)
		);
}

test('the referent’s board fits a 1280 px window, its table whole, and reflows at 320 px', async ({
	browser
}) => {
	const wide = await pageAs(
		browser,
		{ name: '1280 px', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
		{ email: referent.email }
	);
	await expectReflow(wide, [{ path: '/gestion/indicateurs', ready: '#board-table tbody tr' }]);
	await expect(wide.locator('#board-chart svg')).toBeVisible();
	expect(await tablesScrolling(wide)).toEqual([]);
	await wide.context().close();

	const narrow = await pageAs(browser, SIZES[0]!, { email: referent.email });
	await expectReflow(narrow, [{ path: '/gestion/indicateurs', ready: '#board-table tbody tr' }]);
	// Narrow, the table may scroll in its own region; the chart is drawn at the width it is given.
	const chart = await narrow.locator('#board-chart svg').boundingBox();
	expect(chart!.x + chart!.width).toBeLessThanOrEqual(320);
	await narrow.context().close();
});
