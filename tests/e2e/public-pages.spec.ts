import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

const ORGANISATION = 'Préfecture de démonstration';
const PAGES = [
	{ path: '/', heading: /avis|accueil/i },
	{ path: '/accessibilite', heading: /accessibilité/i },
	{ path: '/mentions-legales', heading: /mentions légales/i },
	{ path: '/donnees-personnelles', heading: /données personnelles/i },
	{ path: '/connexion', heading: /connexion|espace agents/i }
];

for (const { path, heading } of PAGES) {
	test(`${path} renders with the prefecture's name and has no accessibility violation`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page.getByRole('banner')).toContainText(ORGANISATION);
		await expect(page).toHaveTitle(new RegExp(ORGANISATION));
		await expectAccessible(page);
	});
}

test('the footer links to the mandatory pages', async ({ page }) => {
	await page.goto('/');
	const footer = page.getByRole('contentinfo');
	for (const [name, href] of [
		[/accessibilité/i, '/accessibilite'],
		[/mentions légales/i, '/mentions-legales'],
		[/données personnelles/i, '/donnees-personnelles']
	] as const) {
		await expect(footer.getByRole('link', { name })).toHaveAttribute('href', href);
	}
});

test('the accessibility statement gives the RGAA conformity status', async ({ page }) => {
	await page.goto('/accessibilite');
	await expect(page.getByRole('main')).toContainText(/non conforme/i);
});

test('the privacy notice gives the retention period and the data protection officer from the policy', async ({
	page
}) => {
	await page.goto('/donnees-personnelles');
	const main = page.getByRole('main');
	await expect(main).toContainText('36 mois');
	await expect(main.getByRole('link', { name: 'dpd@demo.qual-e-pref.fr' })).toHaveAttribute(
		'href',
		'mailto:dpd@demo.qual-e-pref.fr'
	);
});

test('the home page lists the Qual-e-pref engagements from the server', async ({ page }) => {
	await page.goto('/');
	const main = page.getByRole('main');
	await expect(main).toContainText('Nous vous orientons vers le bon service et vous prenons en charge');
	await expect(main).toContainText(
		'Une délivrance sécurisée des titres grâce à une lutte contre la fraude organisée'
	);
});

// The forms and the web survey read their data at fixed addresses, which their HTML names: a first visit asks
// for the data together with the code, and the app's own reads are handed what the browser preloaded.
for (const { path, ready } of [
	{ path: '/', ready: 'main section li' },
	{ path: '/avis?site=metz', ready: 'main fieldset' },
	{ path: '/reclamation', ready: 'main form' },
	{ path: '/suggestion', ready: 'main form' }
]) {
	test(`${path} asks for its data with its code, each address once`, async ({ page }) => {
		const reads: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname.startsWith('/api/collections/')) reads.push(request.url());
		});
		await page.goto(path);
		await expect(page.locator(ready).first()).toBeVisible();
		const preloaded = await page
			.locator('head link[rel="preload"][as="fetch"]')
			.evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
		expect(preloaded.length).toBeGreaterThan(0);
		// A read at another address, or one the browser would not hand the preload to, is a second request.
		expect(reads.sort()).toEqual(preloaded.sort());
	});
}

test('/avis without a site reads only what its HTML preloaded; the survey chosen there takes the questionnaire’s preload', async ({
	page
}) => {
	const reads: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.startsWith('/api/collections/')) reads.push(request.url());
	});
	await page.goto('/avis');
	const site = page.getByLabel('Site de la préfecture');
	await expect(site).toBeVisible();
	const preloaded = await page
		.locator('head link[rel="preload"][as="fetch"]')
		.evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
	const questionnaire = preloaded.find((href) => href.includes('/collections/questionnaires/'));
	expect(questionnaire).toBeDefined();
	// The requests so far are the preloads' own (the chooser's reads were handed theirs): nothing else, no
	// engagements.
	expect(reads.sort()).toEqual(preloaded.sort());

	await site.selectOption({ label: 'Metz — site de démonstration' });
	await page.getByRole('button', { name: 'Commencer le questionnaire' }).click();
	await expect(page.locator('main fieldset').first()).toBeVisible();
	// The survey read the questionnaire without a request of its own: the preload, unused until then, served it.
	expect(reads.filter((url) => url === questionnaire)).toEqual([questionnaire]);
});

test('an unknown address says so and leads back home', async ({ page }) => {
	await page.goto('/nulle-part');
	await expect(page.getByRole('heading', { level: 1 })).toContainText(/non trouvée/i);
	await expect(page.getByRole('main').getByRole('link', { name: /accueil/i })).toBeVisible();
	await expectAccessible(page);
});

test('the header’s and footer’s pictures are files, fetched once drawn, never inlined in the styles', async ({
	page
}) => {
	const pictures: string[] = [];
	page.on('response', (response) => {
		if (response.url().endsWith('.svg') && response.ok()) pictures.push(new URL(response.url()).pathname);
	});
	await page.goto('/');
	// The page drawn (the app renders after the document's load): its header's logo and its footer's links.
	await expect(page.getByRole('banner').locator('.fr-logo')).toBeVisible();
	await expect(page.getByRole('contentinfo').locator('a[target="_blank"]').first()).toBeVisible();
	// The logo (Marianne and the motto) and the external links' icon, each drawn from its own file.
	const drawn = await page.evaluate(() => {
		const picture = (selector: string, pseudo: string, property: string) => {
			const element = document.querySelector(selector);
			return element ? getComputedStyle(element, pseudo).getPropertyValue(property) : '';
		};
		return [
			picture('header .fr-logo', '::before', 'background-image'),
			picture('header .fr-logo', '::after', 'background-image'),
			picture('footer a[target="_blank"]', '::after', 'mask-image')
		];
	});
	const files = drawn.map((image) => {
		const url = /^url\("([^"]+)"\)/.exec(image)?.[1] ?? '';
		expect(url, image).toMatch(/\/_app\/immutable\/assets\/[\w.-]+\.svg$/);
		return new URL(url).pathname;
	});
	await expect.poll(() => files.filter((file) => !pictures.includes(file))).toEqual([]);
	// No style sheet of the page inlines a picture.
	const inlined = await page.evaluate(async () => {
		const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
		const texts = await Promise.all(sheets.map((link) => fetch(link.href).then((r) => r.text())));
		return texts.filter((text) => text.includes('data:image/svg')).length;
	});
	expect(inlined).toBe(0);
});
