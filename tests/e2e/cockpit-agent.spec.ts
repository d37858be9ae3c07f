// An agent's cockpit: his own site's figures only, and the action plan read-only (the controls are not
// there, the page says why, and the API refuses him anyway).
import { expect, test } from '@playwright/test';
import { ClientResponseError } from 'pocketbase';
import { agent, referent } from './support/accounts';
import { expectedFigures, indicators, lastFullMonth, readBoard } from './support/cockpit';
import { staffClient, uniqueName } from './support/desk';
import { useStaffSession } from './support/staff-session';

test('an agent sees only his site’s figures, and no way to create an action', async ({ page, context }) => {
	const month = lastFullMonth();
	const query = {
		from: month.from,
		to: month.to,
		compare_from: month.compareFrom,
		compare_to: month.compareTo,
		by: 'site'
	};
	const mine = await staffClient(agent);
	const metz = await mine.collection('sites').getFirstListItem('slug = "metz"');
	const everyone = expectedFigures(await indicators(await staffClient(referent), query));
	expect(everyone.length).toBe(2);
	const expected = expectedFigures(await indicators(mine, query));
	expect(expected.map((f) => f.key)).toEqual([metz.id]);
	expect(expected).toEqual(everyone.filter((f) => f.key === metz.id));

	await useStaffSession(context, agent.email);
	await page.goto('/gestion/indicateurs?by=site');
	const shown = await readBoard(page);
	expect(shown.map(({ status: _, ...figures }) => figures)).toEqual(
		expected.map(({ below: _b, small: _s, ...figures }) => figures)
	);
	// The site filter offers his site only.
	const options = await page.locator('#board-site option').allInnerTexts();
	expect(options).toEqual(['Tous', 'Metz — site de démonstration']);

	// By engagement his site has a cell under the threshold (engagement 6 in Metz), yet no action link.
	await page.goto('/gestion/indicateurs');
	await expect(page.locator('#board-table tbody').getByText('Sous le seuil').first()).toBeVisible();
	await expect(page.getByRole('link', { name: /^Créer une action/ })).toHaveCount(0);
	await expect(page.getByRole('columnheader', { name: 'Plan d’actions' })).toHaveCount(0);
});

test('an agent reads the plan and an action, and cannot change them', async ({ page, context }) => {
	const title = uniqueName('Action lue par un agent');
	const action = await (
		await staffClient(referent)
	)
		.collection('action_items')
		.create({ title, status: 'in_progress', due_date: '2020-03-01 00:00:00.000Z' });

	await useStaffSession(context, agent.email);
	await page.goto('/gestion/actions');
	await expect(page.locator('#plan-readonly')).toHaveText(
		'Vous consultez le plan d’actions en lecture seule : seuls le référent qualité et les administrateurs créent et modifient les actions.'
	);
	await expect(page.getByRole('link', { name: 'Nouvelle action' })).toHaveCount(0);
	const line = page.locator(`#plan-table tr[data-row-key="${action.id}"]`);
	await expect(line).toContainText('En retard');

	await line.getByRole('link', { name: title }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.locator('#action-readonly')).toBeVisible();
	await expect(page.locator('#follow-form')).toHaveCount(0);
	await expect(page.getByLabel('Nouvelle note de suivi')).toHaveCount(0);

	await page.goto('/gestion/actions/nouvelle');
	await expect(
		page.getByText('Seuls le référent qualité et les administrateurs créent des actions.')
	).toBeVisible();
	await expect(page.locator('#action-form')).toHaveCount(0);

	// The server refuses him all the same.
	const client = await staffClient(agent);
	const refused = await client
		.collection('action_items')
		.update(action.id, { status: 'done' })
		.catch((error: ClientResponseError) => error);
	expect(refused).toBeInstanceOf(ClientResponseError);
	const created = await client
		.collection('action_items')
		.create({ title: 'Interdit', status: 'open' })
		.catch((error: ClientResponseError) => error);
	expect((created as ClientResponseError).status).toBeGreaterThanOrEqual(400);
	expect((await (await staffClient(referent)).collection('action_items').getOne(action.id)).status).toBe(
		'in_progress'
	);
});
