// Reflow (WCAG 1.4.10, RGAA 10.11): every public and back-office page reads without scrolling sideways at
// 320 CSS px wide and at 200 % zoom of a 1280 px window (a 640 px wide viewport drawn at twice the pixel
// density). A data table may scroll inside its own labelled, focusable region; the page itself never does.
// The referent's board also fits a 1280 × 800 window.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoAccount, referent } from './support/accounts';
import { baseURL } from './support/api';
import { lastFullMonth } from './support/cockpit';
import { fileComplaint, staffClient } from './support/desk';
import { useStaffSession } from './support/staff-session';

const admin = demoAccount('admin');

const SIZES = [
	{ name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
	{ name: '200 % of 1280 px', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }
];

/** A page to visit, and what shows once its data is on screen (its first heading unless told). */
interface Visit {
	path: string;
	ready?: string;
}

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

/** Visits each page in turn and fails once, naming every page that scrolls sideways and why. */
async function expectReflow(page: Page, visits: Visit[]) {
	const failures: string[] = [];
	for (const visit of visits) {
		await page.goto(visit.path);
		const ready = visit.ready ?? 'h1';
		const shown = await page
			.locator(ready)
			.first()
			.waitFor({ timeout: 10_000 })
			.then(
				() => true,
				() => false
			);
		if (!shown) {
			failures.push(`${visit.path}: ${ready} never showed`);
			continue;
		}
		const { excess, culprits } = await overflow(page);
		if (excess > 0) failures.push(`${visit.path}: ${excess} px too wide — ${culprits.join(', ')}`);
		for (const region of await unreachableScrollers(page))
			failures.push(`${visit.path}: ${region} scrolls sideways but the keyboard cannot reach it`);
	}
	expect(failures).toEqual([]);
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

/**
 * Records for the pages whose address names one: a complaint (and its tracking token), an action, a
 * questionnaire, a publication (last full month's, made when the run has none yet).
 */
async function detailPaths(): Promise<{ complaint: Visit[]; staff: Visit[] }> {
	const desk = await staffClient(referent);
	const token = randomBytes(32).toString('base64url');
	const email = `reflow-${crypto.randomUUID().slice(0, 8)}@example.org`;
	const filed = await fileComplaint(desk, { tracking_token: token, contact_email: email });
	const action = await desk
		.collection('action_items')
		.create({ title: 'Réorganiser l’accueil du hall', status: 'open', due_date: '2030-01-01 00:00:00.000Z' });
	const questionnaire = await desk.collection('questionnaires').getFirstListItem('');
	const published = await desk.collection('publications').getList(1, 1);
	const month = lastFullMonth();
	const publication =
		published.items[0] ??
		(await desk.send<{ id: string }>('/api/qep/publications', {
			method: 'POST',
			body: { label: 'Résultats du mois', from: month.from, to: month.to }
		}));
	return {
		complaint: [
			{ path: `/suivi#${token}`, ready: `h1:has-text("${filed.reference}")` },
			{ path: `/resultats/${publication.id}` }
		],
		staff: [
			{ path: `/gestion/reclamations/${filed.id}`, ready: '#complaint-history' },
			{ path: `/gestion/actions/${action.id}` },
			{ path: `/gestion/questionnaires/${questionnaire.id}` },
			{ path: `/gestion/droits/imprimer?q=${encodeURIComponent(email)}` }
		]
	};
}

const PUBLIC: Visit[] = [
	{ path: '/' },
	{ path: '/avis' },
	{ path: '/reclamation' },
	{ path: '/suggestion' },
	{ path: '/suivi' },
	{ path: '/resultats' },
	{ path: '/accessibilite' },
	{ path: '/donnees-personnelles' },
	{ path: '/mentions-legales' },
	{ path: '/connexion' },
	{ path: '/connexion/mot-de-passe-oublie' },
	{ path: '/connexion/nouveau-mot-de-passe' },
	{ path: '/connexion/proconnect' }
];

const STAFF: Visit[] = [
	{ path: '/gestion' },
	{ path: '/gestion/reclamations' },
	{ path: '/gestion/saisie' },
	{ path: '/gestion/indicateurs', ready: '#board-table tbody tr' },
	{ path: '/gestion/actions' },
	{ path: '/gestion/actions/nouvelle' },
	{ path: '/gestion/bornes' },
	{ path: '/gestion/affiches' },
	{ path: '/gestion/questionnaires' },
	{ path: '/gestion/parametres' },
	{ path: '/gestion/publications' },
	{ path: '/gestion/conservation' },
	{ path: '/gestion/registre' },
	{ path: '/gestion/comptes' },
	{ path: '/gestion/exploitation' },
	{ path: '/gestion/droits' }
];

for (const size of SIZES) {
	test(`public pages reflow at ${size.name}`, async ({ browser }) => {
		test.slow();
		const { complaint } = await detailPaths();
		const page = await pageAs(browser, size);
		await expectReflow(page, [...PUBLIC, ...complaint]);
		await page.context().close();
	});

	test(`back-office pages reflow at ${size.name}`, async ({ browser }) => {
		test.slow();
		const { staff } = await detailPaths();
		const page = await pageAs(browser, size, { email: admin.email });
		await expectReflow(page, [...STAFF, ...staff]);
		await page.context().close();
	});
}

test('public pages reflow at 320 px in Arabic, right to left', async ({ browser }) => {
	test.slow();
	const { complaint } = await detailPaths();
	const page = await pageAs(browser, SIZES[0]!, { language: 'ar' });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectReflow(page, [...PUBLIC, ...complaint]);
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
