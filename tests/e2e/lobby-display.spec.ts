// The lobby screen of a site: the latest publication's rate, large; kept on the device so that it still
// shows, with its date, after a reload with the network cut; slides follow each other on their own.
import { expect, test } from '@playwright/test';
import { referent, superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { publishRecentResults } from './support/cockpit';

// Each slide fades in (0.6 s); a scan that lands mid-fade on a busy machine measures a half-transparent
// text's contrast. With reduced motion the slides appear at once (as they do for visitors who ask for it),
// so axe reads the colours the slide settles on.
test.use({ reducedMotion: 'reduce' });

test('the Metz screen shows the latest results, rotates, and still shows them offline after a reload', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	const su = await superuser();
	const manager = await referent(su);
	await publishRecentResults(manager);
	const metz = await su.collection('sites').getFirstListItem('slug = "metz"');
	const percent = (rate: number) =>
		new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
	const count = (n: number) => new Intl.NumberFormat('fr').format(n);

	await page.goto('/affichage/metz?secondes=2');
	// The screen's title, as read aloud: the site's name apart from "Nos résultats".
	await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(`Nos résultats – ${metz.name}`);
	// Bare: no site header or footer.
	await expect(page.getByRole('banner').filter({ has: page.locator('.fr-header') })).toHaveCount(0);
	await expect(page.locator('footer.fr-footer')).toHaveCount(0);
	const rate = page.getByTestId('lobby-rate');
	await expect(rate).toBeVisible();
	// What is on screen is the latest publication's figure for Metz (another spec may publish meanwhile).
	await expect(async () => {
		const latest = await su.collection('publications').getList(1, 1, { sort: '-created,-id' });
		const cell = latest.items[0]!.snapshot.cells.find(
			(c: { dimension: string; key: string }) => c.dimension === 'site' && c.key === metz.id
		);
		expect(await rate.textContent()).toBe(percent(cell.rate));
		// People and answers apart, each named, with thousands separators.
		expect(await page.getByTestId('lobby-sample').textContent()).toBe(
			`Personnes interrogées\u00a0: ${count(cell.responses)} · réponses\u00a0: ${count(cell.n)}`
		);
	}).toPass({ timeout: 15_000 });
	const shown = (await rate.textContent())!;
	// Polled: the slides turn every 2 s, and on a busy machine the figure read may be leaving the screen.
	await expect
		.poll(() => rate.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)))
		.toBeGreaterThanOrEqual(96);
	await expect(page.getByTestId('lobby-updated')).toContainText('Dernière mise à jour');
	await expectAccessible(page);

	// The slides follow each other on their own (2 s here), and come back round.
	const slide = page.locator('[data-slide]');
	await expect(slide).toHaveAttribute('data-slide', 'overall');
	await expect(slide).toHaveAttribute('data-slide', 'engagements', { timeout: 10_000 });
	await expectAccessible(page);
	// Rotating, the slides are not a live region (they would talk non-stop); paused, they are.
	const slides = page.locator('.slides');
	await page.mouse.move(0, 0);
	await expect(slides).toHaveAttribute('aria-live', 'off');
	// Paused while someone points at it or uses the keyboard on it, and on request.
	await slide.hover();
	await expect(slides).toHaveAttribute('aria-live', 'polite');
	await page.mouse.move(0, 0);
	await expect(slides).toHaveAttribute('aria-live', 'off');
	await page.getByRole('button', { name: 'Mettre en pause le défilement' }).focus();
	await expect(slides).toHaveAttribute('aria-live', 'polite');
	await page.keyboard.press('Enter');
	const resume = page.getByRole('button', { name: 'Reprendre le défilement' });
	await expect(resume).toHaveAttribute('aria-pressed', 'true');
	await page.locator('h1').click();
	await expect(slides).toHaveAttribute('aria-live', 'polite');
	// Resuming wins over the focus left on the button; the slides come back round.
	await resume.focus();
	await page.keyboard.press('Enter');
	await expect(slides).toHaveAttribute('aria-live', 'off');
	await expect(slide).toHaveAttribute('data-slide', 'overall', { timeout: 20_000 });

	// Network cut, page reloaded: the same figure, from the device, with its date.
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('lobby-rate')).toHaveText(shown);
	await expect(page.getByTestId('lobby-updated')).toContainText('Hors ligne – dernière mise à jour');
	await expectAccessible(page);
	await context.setOffline(false);
});

test('an unknown site says so', async ({ page }) => {
	await page.goto('/affichage/nulle-part');
	await expect(page.getByRole('alert')).toHaveText('Site inconnu : vérifiez l’adresse de cet écran.');
	await expectAccessible(page);
});
