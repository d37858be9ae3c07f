// The action plan: from a board cell under the threshold the referent creates an action (prefilled with
// the cell and its figures), follows it up with a note, and an overdue action stands out in the plan.
import { expect, test } from '@playwright/test';
import { referent } from './support/accounts';
import { parisToday, parseNumber } from './support/cockpit';
import { staffClient, uniqueName } from './support/desk';
import { useStaffSession } from './support/staff-session';

const dayBefore = (day: string) =>
	new Date(Date.parse(`${day}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);

test('an action created from a cell under the threshold carries its figures, takes notes, and is overdue', async ({
	page,
	context
}) => {
	await useStaffSession(context, referent.email);
	await page.goto('/gestion/indicateurs');
	const row = page.locator('#board-table tbody tr', { hasText: 'Sous le seuil' }).first();
	await expect(row).toBeVisible();
	const key = (await row.getAttribute('data-row-key'))!;
	const label = await row.locator('th').innerText();
	const n = parseNumber(await row.locator('[data-col="n"]').innerText())!;
	const rate = await row.locator('[data-col="rate"]').innerText();

	await row.getByRole('link', { name: /^Créer une action/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouvelle action d’amélioration');
	await expect(page.getByLabel('Intitulé')).toHaveValue(`Améliorer la satisfaction : ${label}`);
	await expect(page.getByLabel('Engagement')).toHaveValue(key);
	await expect(page.locator('[data-trigger="cell"]')).toHaveText(label);
	await expect(page.locator('[data-trigger="n"]')).toHaveText(String(n));
	await expect(page.locator('[data-trigger="rate"]')).toHaveText(rate);

	// With no site chosen, the points of every site are offered, each named with its site: no two alike.
	const points = await page.getByLabel('Point d’accueil').locator('option').allInnerTexts();
	expect(points).toContain('Metz — site de démonstration — Accueil général');
	expect(new Set(points).size).toBe(points.length);

	const title = uniqueName(`Améliorer ${label.slice(0, 40)}`);
	await page.getByLabel('Intitulé').fill(title);
	await page.getByLabel('Description').fill('Revoir l’organisation de la salle d’attente.');
	await page.getByLabel('Responsable').selectOption({ label: referent.name });
	// Due yesterday: overdue from the start.
	const due = dayBefore(parisToday());
	await page.getByLabel('Échéance').fill(due);
	await page.getByRole('button', { name: 'Enregistrer l’action' }).click();

	await expect(page).toHaveURL(/\/gestion\/actions\/[a-z0-9]{15}$/);
	const id = page.url().split('/').pop()!;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.locator('#action-badges')).toContainText('À faire');
	await expect(page.locator('#action-badges')).toContainText('En retard');
	await expect(page.locator('[data-trigger="n"]')).toHaveText(String(n));
	await expect(page.locator('[data-trigger="rate"]')).toHaveText(rate);

	// The record holds the trigger as the contract shapes it.
	const client = await staffClient(referent);
	const record = await client.collection('action_items').getOne(id);
	expect(record.trigger).toMatchObject({ by: 'engagement', key, n });
	expect(Math.round(record.trigger.rate * 1000) / 10).toBe(parseNumber(rate));
	expect(record.engagement).toBe(key);
	expect(record.status).toBe('open');

	// A follow-up note, signed by the referent, appended.
	await page.getByLabel('Nouvelle note de suivi').fill('Chaises supplémentaires commandées.');
	await page.getByRole('button', { name: 'Ajouter la note' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Note ajoutée.' })).toBeVisible();
	await expect(page.locator('#action-notes li')).toHaveCount(1);
	await expect(page.locator('#action-notes li').first()).toContainText('Claire Référente, le ');
	await expect(page.locator('#action-notes li').first()).toContainText('Chaises supplémentaires commandées.');
	const notes = await client
		.collection('action_notes')
		.getFullList({ filter: client.filter('action = {:id}', { id }) });
	expect(notes.map((note) => [note.author, note.text])).toEqual([
		[client.authStore.record!.id, 'Chaises supplémentaires commandées.']
	]);

	// Moved on: in progress, still overdue.
	await page.locator('#follow-status').selectOption('in_progress');
	await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' })).toBeVisible();
	await expect(page.locator('#action-badges')).toContainText('En cours');
	await expect(page.locator('#action-badges')).toContainText('En retard');

	// In the plan: the action, its origin, and the overdue badge; the filters find it or leave it out.
	await page.getByRole('link', { name: 'Retour au plan d’actions' }).click();
	const line = page.locator(`#plan-table tr[data-row-key="${id}"]`);
	await expect(line).toContainText(title);
	await expect(line).toContainText('En retard');
	await expect(line).toContainText(`${label} : ${rate} (n = ${n})`);
	await expect(line).toHaveClass(/plan-row--late/);
	// DSFR draws the box over the input: a person clicks the label.
	await page.getByText('En retard seulement').click();
	await expect(page.getByLabel('En retard seulement')).toBeChecked();
	await page.getByRole('button', { name: 'Filtrer' }).click();
	await expect(page).toHaveURL(/overdue=1/);
	await expect(line).toBeVisible();
	await expect(page.locator('#plan-table .plan-row--late')).toHaveCount(
		await page.locator('#plan-table tbody tr').count()
	);
	await page.getByLabel('Statut').selectOption({ label: 'Réalisée' });
	await page.getByText('En retard seulement').click();
	await expect(page.getByLabel('En retard seulement')).not.toBeChecked();
	await page.getByRole('button', { name: 'Filtrer' }).click();
	await expect(page).toHaveURL(/status=done/);
	await expect(page.getByRole('heading', { level: 2, name: /action/ })).toBeFocused();
	await expect(line).toHaveCount(0);
});

test('an action done before its due date is not overdue; one without a trigger says so', async ({
	page,
	context
}) => {
	const client = await staffClient(referent);
	const title = uniqueName('Action terminée');
	const done = await client.collection('action_items').create({
		title,
		status: 'done',
		due_date: '2020-01-01 00:00:00.000Z'
	});
	await useStaffSession(context, referent.email);
	await page.goto(`/gestion/actions/${done.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.locator('#action-badges')).toHaveText('Réalisée');
	await expect(
		page.getByText('Cette action n’a pas été créée depuis le tableau des indicateurs.')
	).toBeVisible();
	await page.goto('/gestion/actions?status=done');
	const line = page.locator(`#plan-table tr[data-row-key="${done.id}"]`);
	await expect(line).toContainText('Saisie directe');
	await expect(line).not.toContainText('En retard');
});
