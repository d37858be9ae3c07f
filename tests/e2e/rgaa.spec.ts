// RGAA (WCAG 2.1 A and AA): axe-core finds no violation on any page, public pages in French and in Arabic
// (right to left), back-office pages in French (the back office speaks no Arabic), each in the DSFR's light
// and dark themes, which follow the device's setting (app.html). One page per browser context, which visits
// every page in turn and fails once, naming each page with what axe found there.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoAccount, referent } from './support/accounts';
import { superuser } from './support/api';
import { accessibilityViolations } from './support/axe';
import { lastFullMonth } from './support/cockpit';
import { fileComplaint, staffClient, uniqueName } from './support/desk';
import { useStaffSession } from './support/staff-session';

const admin = demoAccount('admin');

/** A page to visit, and what shows once its data is on screen (its first heading unless told). */
interface Visit {
	path: string;
	ready?: string;
}

const PUBLIC: Visit[] = [
	{ path: '/', ready: 'section[aria-labelledby=engagements] h3' },
	{ path: '/avis?site=metz', ready: 'main fieldset' },
	{ path: '/avis' },
	{ path: '/reclamation', ready: 'main form' },
	{ path: '/suggestion', ready: 'main form' },
	{ path: '/suivi' },
	{ path: '/resultats' },
	{ path: '/donnees-personnelles' },
	{ path: '/mentions-legales' },
	{ path: '/accessibilite' },
	{ path: '/connexion' },
	{ path: '/connexion/mot-de-passe-oublie' }
];

const STAFF: Visit[] = [
	{ path: '/gestion' },
	{ path: '/gestion/reclamations', ready: 'table tbody tr' },
	{ path: '/gestion/saisie' },
	{ path: '/gestion/indicateurs', ready: '#board-table tbody tr' },
	{ path: '/gestion/actions' },
	{ path: '/gestion/actions/nouvelle' },
	{ path: '/gestion/bornes' },
	{ path: '/gestion/affiches' },
	{ path: '/gestion/questionnaires', ready: 'table tbody tr' },
	{ path: '/gestion/parametres' },
	{ path: '/gestion/publications' },
	{ path: '/gestion/conservation' },
	{ path: '/gestion/registre' },
	{ path: '/gestion/comptes', ready: 'table tbody tr' },
	{ path: '/gestion/exploitation' },
	{ path: '/gestion/droits' }
];

/** The pages whose address names a record: a tracked complaint, a publication, an action, a questionnaire. */
async function recordPaths(): Promise<{ public: Visit[]; staff: Visit[] }> {
	const desk = await staffClient(referent);
	const token = randomBytes(32).toString('base64url');
	const email = `rgaa-${crypto.randomUUID().slice(0, 8)}@example.org`;
	const filed = await fileComplaint(desk, { tracking_token: token, contact_email: email });
	const action = await desk.collection('action_items').create({
		title: uniqueName('Afficher les horaires'),
		description: 'À l’entrée du hall.',
		status: 'open'
	});
	// Last month's results, published once for the whole run (the demo starts with none).
	const { from, to } = lastFullMonth();
	const published = await desk
		.collection('publications')
		.getList(1, 1, { filter: 'label = "Résultats RGAA"' });
	const publication =
		published.items[0] ??
		(await desk.send<{ id: string }>('/api/qep/publications', {
			method: 'POST',
			body: { label: 'Résultats RGAA', from, to }
		}));
	const questionnaire = await (await superuser()).collection('questionnaires').getFirstListItem('');
	return {
		public: [
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

type Scheme = 'light' | 'dark';

/** A page in its own context: the device's colour scheme, the visitor's language chosen on this device. */
async function pageFor(browser: Browser, scheme: Scheme, language: string, staff?: string): Promise<Page> {
	const context = await browser.newContext({ colorScheme: scheme });
	await context.addInitScript((code) => localStorage.setItem('PARAGLIDE_LOCALE', code), language);
	if (staff) await useStaffSession(context, staff);
	return context.newPage();
}

/** Visits each page in turn, checks the theme and the language it is drawn in, and fails once with every page's violations. */
async function expectNoViolation(
	page: Page,
	visits: Visit[],
	expected: { scheme: Scheme; lang: string; dir: 'ltr' | 'rtl' }
) {
	const found: string[] = [];
	for (const visit of visits) {
		await page.goto(visit.path);
		await expect(page.locator(visit.ready ?? 'main h1').first(), `${visit.path} shows`).toBeVisible();
		const html = page.locator('html');
		await expect(html).toHaveAttribute('data-fr-theme', expected.scheme);
		// Staff pages and the sign-in speak French whatever the visitor chose.
		const staffArea = /^\/(gestion|connexion)/.test(visit.path);
		await expect(html).toHaveAttribute('lang', staffArea ? 'fr' : expected.lang);
		await expect(html).toHaveAttribute('dir', staffArea ? 'ltr' : expected.dir);
		for (const violation of await accessibilityViolations(page)) found.push(`${visit.path}: ${violation}`);
	}
	expect(found).toEqual([]);
}

const LANGUAGES = [
	{ code: 'fr', lang: 'fr', dir: 'ltr' },
	{ code: 'ar', lang: 'ar', dir: 'rtl' }
] as const;

for (const scheme of ['light', 'dark'] as const) {
	for (const { code, lang, dir } of LANGUAGES) {
		test(`public pages in ${code}, ${scheme} theme: no WCAG 2.1 A/AA violation`, async ({ browser }) => {
			test.slow();
			const records = await recordPaths();
			const page = await pageFor(browser, scheme, code);
			await expectNoViolation(page, [...PUBLIC, ...records.public], { scheme, lang, dir });
			await page.context().close();
		});
	}

	test(`back-office pages, ${scheme} theme: no WCAG 2.1 A/AA violation`, async ({ browser }) => {
		test.slow();
		const records = await recordPaths();
		const page = await pageFor(browser, scheme, 'fr', admin.email);
		await expectNoViolation(page, [...STAFF, ...records.staff], { scheme, lang: 'fr', dir: 'ltr' });
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
