// The agents' inbox: filters kept in the URL, an accessible empty result, live arrivals, and the site
// boundary (an agent never finds another site's item, not even by its URL).
import { expect, test } from '@playwright/test';
import { agent } from './support/accounts';
import { expectAccessible } from './support/axe';
import { agentFdf, fileComplaint, staffClient, uniqueName } from './support/desk';
import { useStaffSession } from './support/staff-session';

test('filters and search live in the URL; a filtered view with no result says so and is accessible', async ({
	page,
	context
}) => {
	// One open request at Metz of its own: the demo's recent ones fall on either site by chance, day by day.
	await fileComplaint(await staffClient(agent));
	await useStaffSession(context, agent.email);
	await page.goto('/gestion/reclamations');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réclamations et demandes d’information');
	await expect(page.getByRole('link', { name: /^Ouvertes/ })).toHaveAttribute('aria-current', 'page');
	await expect(page.locator('[data-count="overdue"]')).toContainText('en retard');
	await expect(page.locator('[data-count="due_soon"]')).toContainText('à échéance proche');
	await expectAccessible(page);
	// The Metz agent is offered their own site only, not Fort-de-France where they have nothing.
	const sites = await page.locator('#inbox-site option').allInnerTexts();
	expect(sites.slice(1)).toEqual(['Metz — site de démonstration']);

	await page.getByRole('searchbox', { name: /^Rechercher/ }).fill('Personne-Inconnue-e2e');
	await page.getByLabel('Type').selectOption({ label: 'Demande d’information' });
	await page.getByLabel('Canal').selectOption({ label: 'Courrier' });
	await page.getByLabel('Reçues à partir du').fill('2026-01-10');
	await page.getByLabel('Reçues jusqu’au').fill('2026-01-01');
	await page.getByRole('button', { name: 'Appliquer' }).click();
	// A period ending before it starts is refused next to its field, and nothing is fetched.
	await expect(page.getByLabel('Reçues jusqu’au')).toBeFocused();
	await expect(page.locator('#inbox-to-messages')).toHaveText('La fin de la période précède son début.');
	await expect(page).not.toHaveURL(/q=/);
	await expectAccessible(page);

	await page.getByLabel('Reçues jusqu’au').fill('2026-12-31');
	await page.getByRole('button', { name: 'Appliquer' }).click();
	await expect(page).toHaveURL(/q=Personne-Inconnue-e2e/);
	await expect(page).toHaveURL(/kind=information/);
	await expect(page).toHaveURL(/channel=letter/);
	await expect(page).toHaveURL(/from=2026-01-10&to=2026-12-31/);
	const results = page.getByRole('heading', { name: 'Aucune demande' });
	await expect(results).toBeFocused();
	await expect(page.getByText('Aucune demande ne correspond à ces critères.')).toBeVisible();
	await expect(page.locator('#inbox-table')).toHaveCount(0);
	await expectAccessible(page);

	// The bookmarked view opens as it was left.
	await page.reload();
	await expect(page.getByRole('searchbox', { name: /^Rechercher/ })).toHaveValue('Personne-Inconnue-e2e');
	await expect(page.getByLabel('Canal')).toHaveValue('letter');
	await expect(page.getByRole('heading', { name: 'Aucune demande' })).toBeVisible();
	await page.getByRole('link', { name: 'Réinitialiser les filtres' }).click();
	await expect(page.getByRole('searchbox', { name: /^Rechercher/ })).toHaveValue('');
	await expect(page.getByRole('heading', { name: /^\d+ demandes?$/ })).toBeVisible();
});

test('a new complaint appears in an open inbox without a reload, and is announced', async ({
	page,
	context
}) => {
	const name = uniqueName('Direct');
	await useStaffSession(context, agent.email);
	// The subscription is in place once the SDK has told the server what it listens to.
	const subscribed = page.waitForResponse(
		(response) =>
			response.url().includes('/api/realtime') && response.request().method() === 'POST' && response.ok()
	);
	await page.goto(`/gestion/reclamations?status=received&q=${encodeURIComponent(name)}`);
	await expect(page.getByRole('heading', { name: 'Aucune demande' })).toBeVisible();
	await subscribed;
	// Proof that the page is not reloaded: a marker set on this very document survives.
	await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same document'));

	const { reference } = await fileComplaint(await staffClient(agent), { contact_name: name });

	await expect(page.getByRole('link', { name: reference })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Nouvelle demande' })).toHaveText(
		new RegExp(`Nouvelle demande reçue\\s*:\\s*${reference}\\.`)
	);
	await expect(page.locator('#inbox-table tbody tr').first()).toContainText('Nouvelle');
	await expect(page.getByRole('heading', { name: '1 demande' })).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same document');
});

test('the agent of Fort-de-France neither lists nor opens an item of Metz', async ({ page, context }) => {
	const name = uniqueName('Messin');
	const { id, reference } = await fileComplaint(await staffClient(agent), { contact_name: name });
	await useStaffSession(context, agentFdf.email);

	await page.goto(`/gestion/reclamations?status=all&q=${reference}`);
	await expect(page.getByRole('heading', { name: 'Aucune demande' })).toBeVisible();
	await page.goto(`/gestion/reclamations?status=all&q=${encodeURIComponent(name)}`);
	await expect(page.getByRole('heading', { name: 'Aucune demande' })).toBeVisible();
	await expect(page.getByText(reference)).toHaveCount(0);

	await page.goto(`/gestion/reclamations/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demande introuvable');
	await expect(page.getByRole('main')).toContainText(
		'Cette demande n’existe pas, ou elle ne relève pas de vos sites.'
	);
	await expect(page.getByRole('main')).not.toContainText(reference);
	await expect(page.getByRole('main')).not.toContainText(name);
	await expectAccessible(page);
});
