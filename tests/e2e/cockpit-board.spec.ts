// The referent's indicators board: the figures on screen are those computed from the route's counts
// with src/lib/domain/indicators.ts; what is under the threshold and what is too small stands out in
// words; the CSV export reads back to the board's figures; the printed report hides the navigation.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { referent } from './support/accounts';
import { expectAccessible } from './support/axe';
import { expectedFigures, indicators, lastFullMonth, openBoard, readBoard } from './support/cockpit';
import { staffClient } from './support/desk';
import { useStaffSession } from './support/staff-session';

const byKey = <T extends { key: string }>(list: T[]) => [...list].sort((a, b) => a.key.localeCompare(b.key));

test('the last full month by engagement: n, rate, interval and change as computed from the route', async ({
	page,
	context
}) => {
	const month = lastFullMonth();
	const client = await staffClient(referent);
	const answer = await indicators(client, {
		from: month.from,
		to: month.to,
		compare_from: month.compareFrom,
		compare_to: month.compareTo,
		by: 'engagement'
	});
	const expected = expectedFigures(answer);
	// The demo seeds cells under 75 %: the board has something to show in red.
	expect(expected.filter((f) => f.below).length).toBeGreaterThan(0);
	expect(expected.every((f) => f.change !== null)).toBe(true);

	await useStaffSession(context, referent.email);
	await page.goto('/gestion/indicateurs');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indicateurs de satisfaction');
	const monthName = new Intl.DateTimeFormat('fr-FR', {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${month.from}T00:00:00Z`));
	await expect(page.getByRole('heading', { level: 2, name: `Résultats : ${monthName}` })).toBeVisible();
	await expect(page.getByText('Seuil de satisfaction : 75,0 %')).toBeVisible();

	const shown = await readBoard(page);
	expect(byKey(shown.map(({ status: _, ...figures }) => figures))).toEqual(
		byKey(expected.map(({ below: _b, small: _s, ...figures }) => figures))
	);
	for (const figures of expected) {
		const row = page.locator(`#board-table tbody tr[data-row-key="${figures.key}"]`);
		const status = row.locator('[data-col="status"]');
		if (figures.below) {
			await expect(status).toHaveText('Sous le seuil');
			await expect(row.getByRole('link', { name: /^Créer une action/ })).toBeVisible();
		} else {
			await expect(status).toHaveText('Au-dessus du seuil');
			await expect(row.getByRole('link')).toHaveCount(0);
		}
	}
	// The chart says it too, in words, and its data table carries the same rates.
	const below = expected.find((f) => f.below)!;
	await expect(page.locator(`#board-chart [data-bar-key="${below.key}"] text`)).toContainText(
		'▼ Sous le seuil'
	);
	await expect(page.locator(`#board-chart-table tr[data-row-key="${below.key}"]`)).toContainText(
		'Sous le seuil'
	);
});

test('a small sample is flagged and its rate is not judged', async ({ page, context }) => {
	const client = await staffClient(referent);
	const month = lastFullMonth();
	const site = await client.collection('sites').getFirstListItem('slug = "fort-de-france"');
	const point = await client
		.collection('reception_points')
		.getFirstListItem(client.filter('site = {:site} && slug = "accueil-general"', { site: site.id }));
	// One day's kiosk answers at one reception point: a handful, under the minimum sample of 10.
	const days = await indicators(client, {
		from: month.from,
		to: month.to,
		site: site.id,
		point: point.id,
		by: 'day'
	});
	const day = days.cells.find((c) => c.counts.very_satisfied + c.counts.satisfied > 0)!.key;
	const query = { from: day, to: day, site: site.id, point: point.id, by: 'engagement' };
	const expected = expectedFigures(await indicators(client, query));
	expect(expected.length).toBeGreaterThan(0);
	expect(expected.every((f) => f.small && f.n < 10)).toBe(true);

	await useStaffSession(context, referent.email);
	await page.goto(`/gestion/indicateurs?period=custom&${new URLSearchParams(query)}`);
	const shown = await readBoard(page);
	expect(byKey(shown.map(({ key, n, rate, status }) => ({ key, n, rate, status })))).toEqual(
		byKey(
			expected.map(({ key, n, rate }) => ({
				key,
				n,
				rate,
				status: n === 0 ? 'Aucun avis' : 'Échantillon faible moins de 10 avis, taux non jugé'
			}))
		)
	);
	await expect(page.locator('#board-table tbody').getByText('Sous le seuil')).toHaveCount(0);
	await expect(page.getByRole('link', { name: /^Créer une action/ })).toHaveCount(0);
	await expect(page.locator('#board-chart-table tbody tr').first()).toContainText('Échantillon insuffisant');
});

/** Splits a CSV line on semicolons, honouring double quotes. */
function fields(line: string): string[] {
	const out: string[] = [];
	let current = '';
	let quoted = false;
	for (let i = 0; i < line.length; i += 1) {
		const char = line[i]!;
		if (quoted && char === '"' && line[i + 1] === '"') {
			current += '"';
			i += 1;
		} else if (char === '"') quoted = !quoted;
		else if (char === ';' && !quoted) {
			out.push(current);
			current = '';
		} else current += char;
	}
	out.push(current);
	return out;
}

test('the CSV export reads back to the board’s figures; the printed report hides the navigation', async ({
	page
}) => {
	const month = lastFullMonth();
	await openBoard(page);
	const shown = await readBoard(page);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Télécharger le tableau (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toBe(`indicateurs_${month.from}_${month.to}_engagement.csv`);
	const bytes = readFileSync((await download.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = bytes.toString('utf8').slice(1);
	expect(text.endsWith('\r\n')).toBe(true);
	expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	const [header, ...lines] = text.slice(0, -2).split('\r\n').map(fields);
	expect(header).toEqual([
		'Début de période',
		'Fin de période',
		'Ventilation',
		'Clé',
		'Libellé',
		'Réponses avec avis',
		'Taux de satisfaction (%)',
		'IC 95 % bas (%)',
		'IC 95 % haut (%)',
		'Satisfaction nette (points)',
		'Évolution (points)',
		'Sous le seuil',
		'Échantillon faible'
	]);
	expect(lines).toHaveLength(shown.length + 1);
	expect(lines.at(-1)?.[3]).toBe('total');
	const csvNumber = (value: string) => (value === '' ? null : Number(value.replace(',', '.')));
	const read = lines.slice(0, -1).map((f) => ({
		key: f[3]!,
		n: csvNumber(f[5]!),
		rate: csvNumber(f[6]!),
		low: csvNumber(f[7]!),
		high: csvNumber(f[8]!),
		change: csvNumber(f[10]!),
		below: f[11]
	}));
	expect(read).toEqual(
		shown.map(({ key, n, rate, low, high, change, status }) => ({
			key,
			n,
			rate,
			low,
			high,
			change,
			below: status === 'Sous le seuil' ? 'oui' : 'non'
		}))
	);
	// Decimal commas, never points.
	expect(lines.some((f) => /^\d+,\d$/.test(f[6]!))).toBe(true);
	expect(lines.every((f) => !f[6]!.includes('.'))).toBe(true);
	expect(lines[0]?.slice(0, 2)).toEqual([month.from, month.to]);

	// "Imprimer le rapport" opens the browser's print dialog.
	await page.evaluate(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void ((window as unknown as { printed: number }).printed += 1);
	});
	await page.getByRole('button', { name: 'Imprimer le rapport' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

	// On paper: the title block, the figures and the chart; no header, footer, filters or buttons.
	const title = page.getByText('Rapport des indicateurs de satisfaction');
	await expect(title).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(title).toBeVisible();
	await expect(page.getByText(/^Édité le /)).toBeVisible();
	await expect(page.getByText(/^Période : /)).toBeVisible();
	await expect(page.locator('header.fr-header')).toBeHidden();
	await expect(page.locator('footer.fr-footer')).toBeHidden();
	await expect(page.getByRole('search')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Imprimer le rapport' })).toBeHidden();
	await expect(page.getByRole('link', { name: /^Créer une action/ }).first()).toBeHidden();
	await expect(page.locator('#board-table')).toBeVisible();
	await expect(page.locator('#board-chart svg')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('header.fr-header')).toBeVisible();
});

/** What the chart shows, as laid out on screen: each label's box, whether it fits, and the threshold line. */
async function chartLayout(page: Page) {
	return page.locator('#board-chart svg').evaluate((svg: SVGSVGElement) => {
		const frame = svg.getBoundingClientRect();
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
		};
		const scale = svg.getScreenCTM()?.a ?? 1;
		// Line by line: a name wrapped over several lines is several boxes.
		const labels = [...svg.querySelectorAll('text')].flatMap((text) => {
			const lines = text.querySelectorAll('tspan');
			return [...(lines.length ? lines : [text])].map((line) => ({
				text: line.textContent ?? '',
				box: box(line),
				// The size the reader sees, once the drawing is scaled to the page.
				fontPx: parseFloat(getComputedStyle(line).fontSize) * scale
			}));
		});
		const lines = [...svg.querySelectorAll('.rate-bars__threshold')].map((line) => {
			// A vertical line has no width of its own: count its stroke.
			const b = box(line);
			const half = (parseFloat(getComputedStyle(line).strokeWidth) * scale) / 2;
			return { ...b, left: b.left - half, right: b.right + half };
		});
		return {
			frame: box(svg),
			overflow: svg.parentElement!.scrollWidth - svg.parentElement!.clientWidth,
			labels,
			lines,
			frameWidth: frame.width
		};
	});
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, frame: Box) =>
	a.left >= frame.left - 0.5 &&
	a.right <= frame.right + 0.5 &&
	a.top >= frame.top - 0.5 &&
	a.bottom <= frame.bottom + 0.5;

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test.describe(`the chart at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		for (const by of ['engagement', 'question'] as const) {
			test(`by ${by}: every label whole and readable, the threshold line clear of them`, async ({ page }) => {
				await useStaffSession(page.context(), referent.email);
				await page.goto(`/gestion/indicateurs?by=${by}`);
				await expect(page.locator('#board-table tbody tr').first()).toBeVisible();
				const rows = await page.locator('#board-chart-table tbody tr').evaluateAll((rows) =>
					rows.map((row) => ({
						key: row.getAttribute('data-row-key') ?? '',
						label: row.querySelector('th')?.textContent?.trim() ?? '',
						below: row.textContent?.includes('Sous le seuil') ?? false
					}))
				);
				expect(rows.length).toBeGreaterThan(1);
				// The fonts are in: the chart is laid out with the letters the reader sees.
				await page.evaluate(() => document.fonts.ready.then(() => undefined));
				for (const { key, label, below } of rows) {
					const text = page.locator(`#board-chart [data-bar-key="${key}"] text`);
					// The whole name, not shortened; the status in words beside its figures.
					await expect(text).toContainText(label);
					if (below) await expect(text).toContainText('▼ Sous le seuil');
				}

				const chart = await chartLayout(page);
				expect(chart.overflow).toBeLessThanOrEqual(0);
				expect(chart.lines.length).toBeGreaterThan(0);
				for (const label of chart.labels) {
					expect(label.text, 'a label shortened').not.toContain('…');
					expect(inside(label.box, chart.frame), `"${label.text}" cut off by the chart's edge`).toBe(true);
					expect(label.fontPx, `"${label.text}" too small to read`).toBeGreaterThanOrEqual(12);
					for (const line of chart.lines) {
						expect(overlaps(label.box, line), `the threshold line crosses "${label.text}"`).toBe(false);
					}
				}
				await expectAccessible(page);
			});
		}
	});
}
