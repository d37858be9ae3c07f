// The cockpit's pages pass axe (the board with figures and with an empty period, the plan, the action
// form and the action page), and the board's period, filters and "Créer une action" work with the
// keyboard alone.
import { expect, test } from '@playwright/test';
import { referent } from './support/accounts';
import { expectAccessible } from './support/axe';
import { lastFullMonth, openBoard } from './support/cockpit';
import { tabTo } from './support/keyboard';
import { staffClient, uniqueName } from './support/desk';
import { useStaffSession } from './support/staff-session';

test('the board, with figures and for an empty period, has no axe violation', async ({ page }) => {
	await openBoard(page);
	await expect(page.locator('#complaint-figures')).toBeVisible();
	await expectAccessible(page);

	await page.goto('/gestion/indicateurs?period=custom&from=2020-01-01&to=2020-01-31&by=site');
	await expect(page.getByText('Aucune réponse sur cette période avec ces filtres.')).toBeVisible();
	await expect(page.locator('#board-table')).toHaveCount(0);
	await expectAccessible(page);

	// A period ending before it starts is refused next to its field, and nothing is asked.
	await page.locator('#board-from').fill('2020-02-01');
	await page.getByRole('button', { name: 'Afficher' }).click();
	await expect(page.locator('#board-to')).toBeFocused();
	await expect(page.locator('#board-to-messages')).toHaveText('La fin de la période précède son début.');
	await expect(page).toHaveURL(/from=2020-01-01/);
	await expectAccessible(page);
});

test('the plan, the action form and an action’s page have no axe violation', async ({ page, context }) => {
	const client = await staffClient(referent);
	const month = lastFullMonth();
	const engagement = await client.collection('engagements').getFirstListItem('number = 7');
	const action = await client.collection('action_items').create({
		title: uniqueName('Réduire l’attente'),
		description: 'Ouvrir un second guichet le lundi matin.',
		engagement: engagement.id,
		status: 'open',
		due_date: '2020-06-30 00:00:00.000Z',
		trigger: { from: month.from, to: month.to, by: 'engagement', key: engagement.id, n: 120, rate: 0.61 }
	});
	await client.collection('action_notes').create({
		action: action.id,
		author: client.authStore.record!.id,
		text: 'Premier point d’étape.'
	});

	await useStaffSession(context, referent.email);
	await page.goto('/gestion/actions');
	await expect(page.locator(`#plan-table tr[data-row-key="${action.id}"]`)).toContainText('En retard');
	await expectAccessible(page);

	await page.goto(`/gestion/actions/${action.id}`);
	await expect(page.locator('[data-trigger="rate"]')).toHaveText(/61,0\s%/);
	await expect(page.locator('#action-notes')).toContainText('Premier point d’étape.');
	await expectAccessible(page);

	await page.goto('/gestion/actions/nouvelle');
	await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
	// Nothing typed: the title is refused next to it, and takes the focus.
	await expect(page.getByLabel('Intitulé')).toBeFocused();
	await expect(page.locator('#action-title-messages')).not.toBeEmpty();
	await expectAccessible(page);
});

test('the board’s period and filters, and "Créer une action", with the keyboard alone', async ({ page }) => {
	const month = lastFullMonth();
	await openBoard(page);

	// Quarter by the arrow keys in the period's radio group, then the month before the last full one.
	await tabTo(page, page.getByLabel('Mois', { exact: true }).first());
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Trimestre' })).toBeChecked();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('radio', { name: 'Mois' })).toBeChecked();
	const monthSelect = page.locator('#board-at');
	await tabTo(page, monthSelect);
	await expect(monthSelect).toHaveValue(month.key);
	await page.keyboard.press('ArrowDown');
	const earlier = month.compareFrom.slice(0, 7);
	await expect(monthSelect).toHaveValue(earlier);
	// Break-down by site, one site only.
	await tabTo(page, page.locator('#board-by'));
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#board-by')).toHaveValue('site');
	await tabTo(page, page.locator('#board-site'));
	await page.keyboard.press('ArrowDown');
	const site = await page.locator('#board-site').inputValue();
	expect(site).toMatch(/^[a-z0-9]{15}$/);
	await tabTo(page, page.getByRole('button', { name: 'Afficher' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`at=${earlier}.*site=${site}.*by=site`));
	await expect(page.locator('#board-results')).toBeFocused();
	await expect(page.locator('#board-table tbody tr')).toHaveCount(1);
	await expect(page.locator('#board-table tbody tr')).toHaveAttribute('data-row-key', site);

	// Back to the last full month by engagement, then an action from a cell under the threshold.
	await page.goto('/gestion/indicateurs');
	const create = page.getByRole('link', { name: /^Créer une action/ }).first();
	await expect(create).toBeVisible();
	await tabTo(page, create, 150);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouvelle action d’amélioration');
	const title = page.getByLabel('Intitulé');
	await tabTo(page, title);
	await page.keyboard.press('End');
	const suffix = uniqueName(' —');
	await page.keyboard.type(suffix);
	await tabTo(page, page.getByRole('button', { name: 'Enregistrer l’action' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/gestion\/actions\/[a-z0-9]{15}$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(suffix);
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
