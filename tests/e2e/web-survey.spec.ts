import { expect, test, type Page } from '@playwright/test';
import { superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { holdRequests } from './support/hold';
import { tabTo } from './support/keyboard';

const SURVEY = '/avis?site=metz&point=accueil-general';

/** The number of questions, read from "Question 1 sur N". */
async function questionCount(page: Page): Promise<number> {
	const text = await page.getByRole('heading', { level: 1 }).innerText();
	const total = Number(/sur (\d+)/.exec(text)?.[1]);
	expect(total).toBeGreaterThan(0);
	return total;
}

test('a visitor answers the whole web survey with the keyboard alone and is thanked', async ({ page }) => {
	const comment = `Accueil rapide et aimable (${crypto.randomUUID()})`;
	await page.goto(SURVEY);
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toContainText('Question 1 sur');
	await expect(page.getByRole('main')).toContainText('Metz');
	await expectAccessible(page);
	const total = await questionCount(page);

	// First question: from the top of the page to the first answer.
	await tabTo(page, page.getByRole('button', { name: 'Très satisfait' }), 60);
	await page.keyboard.press('Enter');

	// Each next question takes focus, so that it is read out; its answers follow it in the tab order.
	for (let n = 2; n <= total; n++) {
		await expect(heading).toContainText(`Question ${n} sur ${total}`);
		await expect(heading).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Satisfait', exact: true })).toBeFocused();
		await page.keyboard.press('Space');
	}

	await expect(heading).toContainText('Dernière étape');
	await expect(heading).toBeFocused();
	await expectAccessible(page);
	await page.keyboard.press('Tab');
	await expect(page.getByLabel(/votre commentaire/i)).toBeFocused();
	await page.keyboard.type(comment);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Envoyer' })).toBeFocused();
	await page.keyboard.press('Enter');

	const thanks = page.getByRole('heading', { level: 1, name: /merci pour votre avis/i });
	await expect(thanks).toBeFocused();
	await expect(page.getByRole('status')).toHaveText('Votre avis a été transmis.');
	await expectAccessible(page);

	// The server has it, with every answer.
	const su = await superuser();
	const response = await su
		.collection('survey_responses')
		.getFirstListItem(su.filter('comment = {:comment}', { comment }));
	expect(response.channel).toBe('web');
	expect(response.language).toBe('fr');
	const answers = await su
		.collection('survey_answers')
		.getFullList({ filter: su.filter('response = {:id}', { id: response.id }) });
	expect(answers).toHaveLength(total);
});

test('going back shows the answer already given, and a new answer replaces it', async ({ page }) => {
	await page.goto(SURVEY);
	const heading = page.getByRole('heading', { level: 1 });
	await page.getByRole('button', { name: 'Peu satisfait' }).click();
	await expect(heading).toContainText('Question 2 sur');
	await page.getByRole('button', { name: 'Question précédente' }).click();
	await expect(heading).toContainText('Question 1 sur');
	await expect(page.getByRole('button', { name: 'Peu satisfait' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('button', { name: 'Très satisfait' })).toHaveAttribute('aria-pressed', 'false');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Sans avis' }).click();
	await expect(heading).toContainText('Question 2 sur');
});

test('switching to English mid-survey keeps the answers and asks the questions in English', async ({
	page
}) => {
	await page.goto(SURVEY);
	await page.getByRole('button', { name: 'Satisfait', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Question 2 sur');

	await page
		.getByRole('button', { name: /choisir la langue/i })
		.first()
		.click();
	await page
		.getByRole('button', { name: /EN - English/ })
		.first()
		.click();

	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toContainText('Question 2 of');
	await page.getByRole('button', { name: 'Previous question' }).click();
	await expect(heading).toContainText('Question 1 of');
	await expect(page.getByRole('button', { name: 'Satisfied', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expectAccessible(page);
});

test('offline, the answer is kept on the phone and the thank-you says so, then it is sent', async ({
	page,
	context
}) => {
	await page.goto(SURVEY);
	const total = await questionCount(page);
	await context.setOffline(true);
	for (let n = 1; n <= total; n++) await page.getByRole('button', { name: 'Sans avis' }).click();
	await page.getByRole('button', { name: 'Envoyer' }).click();

	await expect(page.getByRole('heading', { level: 1, name: /merci pour votre avis/i })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText(
		'Votre avis est enregistré sur cet appareil ; il sera transmis dès que la connexion sera rétablie.'
	);

	await context.setOffline(false);
	await expect(page.getByRole('status')).toHaveText('Votre avis a été transmis.');
});

test('a link to an unknown site says so, without a crash', async ({ page }) => {
	await page.goto('/avis?site=nulle-part');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Donner votre avis');
	await expect(page.getByRole('main')).toContainText('Lieu d’accueil introuvable');
	await expect(page.getByRole('main').getByRole('link', { name: /accueil du site/i })).toBeVisible();
	await expectAccessible(page);
});

test('from the home page, a visitor without the desk’s link chooses the site and the point, by keyboard', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Donner votre avis sur l’accueil' }).click();
	await expect(page).toHaveURL(/\/avis\/?$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Donner votre avis');
	await expectAccessible(page);

	// Starting without a site says what is missing, next to the field, and goes back to it.
	const start = page.getByRole('button', { name: 'Commencer le questionnaire' });
	await start.focus();
	await page.keyboard.press('Enter');
	const site = page.getByLabel('Site de la préfecture');
	await expect(site).toBeFocused();
	await expect(site).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Choisissez le site qui vous a reçu.')).toBeVisible();
	await expectAccessible(page);

	// Metz's points only, and "I don't know" first.
	await site.selectOption({ label: 'Metz — site de démonstration' });
	const point = page.getByLabel('Point d’accueil');
	const points = await point.locator('option').allInnerTexts();
	expect(points[0]).toBe('Je ne sais pas');
	expect(points).toContain('Hall des étrangers');
	await point.selectOption({ label: 'Accueil général' });
	await start.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/avis\/?\?site=metz&point=accueil-general$/);
	await expect(
		page.getByText('Lieu d’accueil : Metz — site de démonstration · Accueil général')
	).toBeVisible();
});

test('a visitor who does not know the point answers for the site alone', async ({ page }) => {
	await page.goto('/avis');
	await page.getByLabel('Site de la préfecture').selectOption({ label: 'Metz — site de démonstration' });
	await page.getByRole('button', { name: 'Commencer le questionnaire' }).click();
	await expect(page).toHaveURL(/\/avis\/?\?site=metz$/);
	await expect(
		page.getByText('Lieu d’accueil : Metz — site de démonstration', { exact: true })
	).toBeVisible();
});

test('the survey is comfortable on a phone: the answers fit the screen, large enough to tap', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(SURVEY);
	for (const name of ['Très satisfait', 'Satisfait', 'Peu satisfait', 'Pas du tout satisfait', 'Sans avis']) {
		const box = await page.getByRole('button', { name, exact: true }).boundingBox();
		expect(box?.height).toBeGreaterThanOrEqual(44);
		expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
	}
	await expectAccessible(page);
});

test('a first visit gets the survey’s own page, which names all the code the survey runs', async ({
	page,
	request
}) => {
	// When the first question is in the page, on the page's clock.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.querySelector('h1')?.textContent?.includes('Question 1')) return;
			performance.mark('qep:first-question');
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true, characterData: true });
	});
	// Whether each script the page ran is Dexie's (the device database's library).
	const dexie: Promise<boolean>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script')
			dexie.push(
				response.text().then(
					(code) => code.includes('DexieError'),
					() => false
				)
			);
	});
	const namedIn = (html: string) =>
		[...html.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map(
			(m) => new URL(m[1] ?? '', 'http://x').pathname
		);
	const served = await page.goto(SURVEY);
	const survey = namedIn((await served?.text()) ?? '');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Question 1 sur');
	// The app's shell, which a route without a page of its own gets, names only the app's start.
	const shell = namedIn(await (await request.get('/gestion')).text());
	expect(survey.length).toBeGreaterThan(shell.length + 10);
	expect(survey).toEqual(expect.arrayContaining(shell));
	// Nothing the survey needed came one round trip late: every script asked for before the first question
	// showed was named in the head, but SvelteKit's error page (loaded at start whatever the route).
	const before = await page.evaluate(() => {
		const shown = performance.getEntriesByName('qep:first-question')[0]?.startTime ?? Infinity;
		return performance
			.getEntriesByType('resource')
			.filter((e) => (e as PerformanceResourceTiming).initiatorType !== 'fetch' && e.startTime < shown)
			.map((e) => new URL(e.name).pathname)
			.filter((path) => path.endsWith('.js'));
	});
	expect(before.length).toBeGreaterThan(10);
	expect(before.filter((path) => !survey.includes(path) && !/\/nodes\/1\./.test(path))).toEqual([]);
	// Saving needs no Dexie: the first visit does not carry it, until there is something to send.
	expect(await Promise.all(dexie)).not.toContain(true);
	const total = await questionCount(page);
	for (let n = 1; n <= total; n++) await page.getByRole('button', { name: 'Satisfait', exact: true }).click();
	await page.getByRole('button', { name: 'Envoyer' }).click();
	await expect(page.getByRole('status')).toHaveText('Votre avis a été transmis.');
	expect(await Promise.all(dexie)).toContain(true);
});

test('the introduction shows while the desk’s survey is on its way, and stays where it is when the survey comes', async ({
	page
}) => {
	// The questionnaire's answer is held back until the page has drawn what does not depend on it.
	const release = await holdRequests(page, '**/api/collections/questionnaires/records**');
	await page.goto(SURVEY);
	const intro = page.getByText('Quelques questions sur l’accueil');
	await expect(intro).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
	await expect(page.getByRole('contentinfo')).not.toBeInViewport();
	const before = await intro.boundingBox();
	release();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Question 1 sur');
	await expect(page.getByRole('main')).toContainText('Metz');
	expect(await intro.boundingBox()).toEqual(before);
	await expectAccessible(page);
});
