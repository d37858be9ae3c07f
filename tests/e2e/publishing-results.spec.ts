// Publishing last month's results: the preview marks the cells that will be suppressed, the publication
// is confirmed (it is final), listed on /resultats, and its page shows the snapshot's figures with data
// tables and open data files. Keyboard only for the publication flow.
import { expect, test } from '@playwright/test';
import { newId } from '../../src/lib/domain/ids';
import type { SnapshotCell } from '../../src/lib/domain/snapshot';
import { referent as referentAccount } from './support/accounts';
import { baseURL, superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { tabTo } from './support/keyboard';
import { useStaffSession } from './support/staff-session';

const pad = (n: number) => String(n).padStart(2, '0');
/** Last month in the browser's zone (Europe/Paris), as the page's default choice. */
function lastMonth(): { from: string; to: string; middle: string } {
	const today = new Date().toISOString().slice(0, 10);
	let [y, m] = today.split('-').map(Number) as [number, number];
	m -= 1;
	if (m === 0) [y, m] = [y - 1, 12];
	const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${last}`, middle: `${y}-${pad(m)}-15` };
}

/** A reception point with 3 answers last month: a cell that must be suppressed (minimum sample 10). */
async function smallCell(month: { middle: string }) {
	const su = await superuser();
	const site = await su.collection('sites').getFirstListItem('slug = "metz"');
	const point = await su.collection('reception_points').create({
		site: site.id,
		name: `Guichet e2e ${crypto.randomUUID().slice(0, 6)}`,
		slug: `guichet-e2e-${crypto.randomUUID().slice(0, 8)}`,
		kind: 'autre',
		active: true
	});
	const agent = await su.collection('staff').getFirstListItem('email = "agent@demo.qual-e-pref.fr"');
	const client = await su.collection('staff').impersonate(agent.id, 600);
	const questionnaire = await su
		.collection('questionnaires')
		.getFirstListItem('status = "active"', { sort: '-version' });
	const question = await su.collection('questions').getFirstListItem(`questionnaire = "${questionnaire.id}"`);
	const items = Array.from({ length: 3 }, () => ({
		id: newId(),
		type: 'survey_response',
		data: {
			questionnaire: questionnaire.id,
			site: site.id,
			reception_point: point.id,
			channel: 'paper',
			language: 'fr',
			day: month.middle,
			comment: '',
			answers: [{ question: question.id, value: 'satisfied' }]
		}
	}));
	const { results } = await client.send<{ results: { status: string }[] }>('/api/qep/ingest', {
		method: 'POST',
		body: { items }
	});
	expect(results.map((r) => r.status)).toEqual(['created', 'created', 'created']);
	return point;
}

test('the referent previews and publishes last month; the public page shows the frozen figures', async ({
	page,
	context,
	request
}) => {
	test.setTimeout(120_000);
	const month = lastMonth();
	const point = await smallCell(month);
	const label = `Résultats e2e ${crypto.randomUUID().slice(0, 8)}`;
	await useStaffSession(context, referentAccount.email);

	await page.goto('/gestion/publications');
	await expect(page.getByRole('heading', { level: 1, name: 'Publication des résultats' })).toBeVisible();
	await expectAccessible(page);

	// Keyboard alone: last month is chosen by default; type the title, ask for the preview.
	await tabTo(page, page.getByLabel('Intitulé de la publication'));
	await page.keyboard.type(label);
	await page.keyboard.press('Enter');
	const preview = page.getByRole('heading', { level: 2, name: `Aperçu de « ${label} »` });
	await expect(preview).toBeFocused({ timeout: 20_000 });
	await expect(page.getByTestId('suppressed-summary')).toContainText('seront publiées sans chiffre');
	const suppressedPoints = page.getByTestId('suppressed-point');
	await expect(suppressedPoints).toContainText('Moins de 10 réponses : résultat non publié');
	await expect(suppressedPoints).toContainText(point.name);
	await expect(page.locator(`#preview-point-chart-table tr[data-row-key="${point.id}"]`)).not.toContainText(
		'%'
	);
	await expectAccessible(page);

	await tabTo(page, page.getByRole('button', { name: 'Publier', exact: true }));
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText('Une publication est définitive');
	await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
	await expectAccessible(page);
	await page.keyboard.press('Shift+Tab');
	await expect(dialog.getByRole('button', { name: 'Publier définitivement' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#published-notice')).toBeFocused({ timeout: 20_000 });
	await expect(page.locator('#published-notice')).toContainText(`« ${label} » est publiée.`);
	await expect(page.getByRole('table', { name: /Publications, de la plus récente/ })).toContainText(label);

	// The stored snapshot: what the preview announced.
	const su = await superuser();
	const stored = await su
		.collection('publications')
		.getFirstListItem(su.filter('label = {:label}', { label }));
	expect([stored.period_from, stored.period_to]).toEqual([month.from, month.to]);
	const cells = stored.snapshot.cells as SnapshotCell[];
	const pointCell = cells.find((c) => c.dimension === 'point' && c.key === point.id)!;
	expect(pointCell).toMatchObject({ suppressed: true, n: null });
	// Neither the answers nor the people of a suppressed cell are published.
	expect(pointCell).not.toHaveProperty('responses');
	await expectAccessible(page);

	// Public: listed on /resultats, newest first.
	const visitor = await context.browser()!.newContext({ baseURL: baseURL(), locale: 'fr-FR' });
	const pub = await visitor.newPage();
	await pub.goto('/resultats');
	await expect(pub.getByTestId('publications').getByRole('link').first()).toHaveText(label);
	await expectAccessible(pub);
	await pub.getByRole('link', { name: label }).click();
	await expect(pub.getByRole('heading', { level: 1, name: label })).toBeVisible();

	// The period reads as French writes it: "du 1er octobre".
	await expect(pub.getByText(/^Période du 1er \S+ \d{4} au \d{2} \S+ \d{4}$/)).toBeVisible();

	// The figures are the snapshot's: overall, and each site's row in its data table.
	const total = cells.find((c) => c.dimension === 'total')!;
	const percent = (rate: number) =>
		new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
	await expect(pub.getByTestId('overall')).toContainText(percent(total.rate!));
	// People and answers apart, each named, with thousands separators: about five answers a visitor.
	const count = (n: number) => new Intl.NumberFormat('fr').format(n);
	expect(total.responses).toBeGreaterThan(0);
	expect(total.responses).toBeLessThan(total.n!);
	await expect(pub.getByTestId('overall-sample')).toContainText(
		`Personnes interrogées\u00a0: ${count(total.responses!)} · réponses\u00a0: ${count(total.n!)} ;`
	);
	await expect(pub.getByTestId('complaints-received')).toHaveText(count(stored.snapshot.complaints.received));
	for (const site of cells.filter((c) => c.dimension === 'site' && !c.suppressed)) {
		const row = pub.locator(`#publication-site-chart-table tr[data-row-key="${site.key}"]`);
		await expect(row).toContainText(percent(site.rate!));
		await expect(row).toContainText(new Intl.NumberFormat('fr').format(site.n!));
	}
	// A suppressed cell shows no figure, and says why.
	const hidden = pub.locator(`#publication-point-chart-table tr[data-row-key="${point.id}"]`);
	await expect(hidden).toBeVisible();
	await expect(hidden).not.toContainText('%');
	await expect(hidden.locator('td').first()).toHaveText('—');
	await expect(pub.getByTestId('suppressed-point')).toContainText(
		'Moins de 10 réponses : résultat non publié'
	);
	// Every chart comes with its data table.
	for (const dimension of ['engagement', 'site', 'point', 'channel', 'month'])
		await expect(pub.locator(`#publication-${dimension}-chart-table`)).toBeAttached();
	await expect(pub.getByRole('table', { name: 'Colonnes des fichiers' })).toContainText('taux_satisfaction');
	await expect(pub.getByRole('heading', { name: 'Méthode' })).toBeVisible();
	await expectAccessible(pub);

	// The CSV link gives the open data file, byte order mark first.
	const href = await pub.getByRole('link', { name: /Télécharger au format CSV/ }).getAttribute('href');
	expect(href).toBe(`/api/qep/publications/${stored.id}/data.csv`);
	const csv = await request.get(href!);
	const bytes = await csv.body();
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(bytes.subarray(3).toString('utf8')).toMatch(/^publication;libelle;/);
	await visitor.close();
});
