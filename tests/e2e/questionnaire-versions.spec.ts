// The referent's questionnaire versions: a new version of the one in service, reworded and reordered with
// the keyboard, put in service; visitors get it at once, the old version is archived and read-only.
// The demo's questionnaire is shared with other specs: whatever happens, a final version with the
// original questions is put back in service.
import { expect, test } from '@playwright/test';
import type PocketBase from 'pocketbase';
import { referent as referentAccount } from './support/accounts';
import { referent, superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { tabTo } from './support/keyboard';
import { useStaffSession } from './support/staff-session';

interface Question {
	id: string;
	engagement: string;
	position: number;
	label: { fr: string; en?: string };
}

const questionsOf = (client: PocketBase, questionnaire: string) =>
	client.collection('questions').getFullList<Question>({
		filter: client.filter('questionnaire = {:q}', { q: questionnaire }),
		sort: 'position'
	});

/** Puts a version with the original questions back in service. */
async function restore(client: PocketBase, original: Question[]) {
	const active = await client
		.collection('questionnaires')
		.getFirstListItem('status = "active"', { sort: '-version' });
	const draft = await client.send<{ id: string }>(`/api/qep/questionnaires/${active.id}/new-version`, {
		method: 'POST'
	});
	for (const q of await questionsOf(client, draft.id)) await client.collection('questions').delete(q.id);
	for (const q of original)
		await client
			.collection('questions')
			.create({ questionnaire: draft.id, engagement: q.engagement, position: q.position, label: q.label });
	await client.send(`/api/qep/questionnaires/${draft.id}/activate`, { method: 'POST' });
}

test('the referent rewords and reorders a new version, puts it in service; visitors get it, the old one is frozen', async ({
	page,
	context,
	browser,
	baseURL
}) => {
	test.setTimeout(90_000);
	const su = await superuser();
	const manager = await referent(su);
	const active = await su
		.collection('questionnaires')
		.getFirstListItem('status = "active"', { sort: '-version' });
	const original = await questionsOf(su, active.id);
	expect(original.length).toBeGreaterThanOrEqual(2);
	const reworded = `Avez-vous été bien accueilli ? (${crypto.randomUUID().slice(0, 8)})`;
	await useStaffSession(context, referentAccount.email);

	try {
		await page.goto('/gestion/questionnaires');
		await expect(page.getByRole('heading', { level: 1, name: 'Questionnaires' })).toBeVisible();
		const row = page.locator(`tr[data-version-id="${active.id}"]`);
		await expect(row).toContainText('En service');
		await expectAccessible(page);
		await row.getByRole('button', { name: `Nouvelle version de ${active.code}` }).click();

		await expect(page).toHaveURL(/\/gestion\/questionnaires\/[a-z0-9]{15}\/?$/);
		const draftId = /questionnaires\/([a-z0-9]{15})/.exec(page.url())![1]!;
		await expect(page.getByRole('heading', { level: 1 })).toContainText(`version ${active.version + 1}`);
		const copied = await questionsOf(su, draftId);
		expect(copied.map((q) => q.label.fr)).toEqual(original.map((q) => q.label.fr));
		const [first, second] = copied as [Question, Question];
		await expectAccessible(page);

		// Reword question 1 and save it with Enter.
		const wording = page.locator(`#q-${first.id}-fr`);
		await wording.focus();
		await wording.fill(reworded);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Question 1 enregistrée.' })).toBeVisible();

		// Move it down with the keyboard alone: focus follows the moved question.
		await tabTo(page, page.getByRole('button', { name: 'Descendre la question 1' }), 20);
		await page.keyboard.press('Enter');
		await expect(
			page.getByRole('status').filter({ hasText: 'Question déplacée en position 2.' })
		).toBeVisible();
		await expect(page.locator(`#down-${first.id}`)).toBeFocused();
		await expect(page.locator(`#down-${first.id}`)).toHaveAccessibleName('Descendre la question 2');
		await expect(page.locator('form h3').first()).toHaveText('Question 1');
		await expect(page.locator(`#q-${second.id}-fr`)).toHaveValue(second.label.fr);
		const moved = await questionsOf(su, draftId);
		expect(moved.slice(0, 2).map((q) => [q.id, q.label.fr])).toEqual([
			[second.id, second.label.fr],
			[first.id, reworded]
		]);
		expect(new Set(moved.map((q) => q.position)).size).toBe(moved.length);
		await expectAccessible(page);

		// Put it in service, after a confirmation that says what happens.
		await page.getByRole('button', { name: 'Mettre en service' }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toContainText('sera archivée');
		await expect(dialog).toContainText('restent rattachées à leur version');
		await expectAccessible(page);
		await dialog.getByRole('button', { name: 'Confirmer la mise en service' }).click();
		await expect(page.getByTestId('frozen')).toContainText('en service');
		await expect(page.getByRole('textbox')).toHaveCount(0);
		expect((await su.collection('questionnaires').getOne(active.id)).status).toBe('archived');
		expect((await su.collection('questionnaires').getOne(draftId)).status).toBe('active');

		// The old version is archived and read-only in the UI; the API refuses changes too.
		await page.goto(`/gestion/questionnaires/${active.id}`);
		await expect(page.getByTestId('frozen')).toContainText('archivée');
		await expect(page.getByRole('textbox')).toHaveCount(0);
		await expect(
			page.getByRole('button', { name: /Enregistrer|Monter|Descendre|Supprimer|Mettre en service/ })
		).toHaveCount(0);
		await expect(page.getByTestId('questions')).toContainText(original[0]!.label.fr);
		await expectAccessible(page);
		await expect(
			manager.collection('questions').update(original[0]!.id, { label: { fr: 'Changée' } })
		).rejects.toMatchObject({ status: 404 });

		// Visitors of the website get the new version: the former question 2 first, then the reworded one.
		const visitor = await browser.newContext({ baseURL, locale: 'fr-FR' });
		const survey = await visitor.newPage();
		await survey.goto('/avis?site=metz&point=accueil-general');
		await expect(survey.getByRole('heading', { level: 1 })).toContainText('Question 1 sur');
		await expect(survey.getByRole('main')).toContainText(second.label.fr);
		await survey.getByRole('button', { name: 'Satisfait', exact: true }).click();
		await expect(survey.getByRole('heading', { level: 1 })).toContainText('Question 2 sur');
		await expect(survey.getByRole('main')).toContainText(reworded);
		await visitor.close();
	} finally {
		await restore(manager, original);
	}
});

test('an agent is told the questionnaires are the referent’s business', async ({ page, context }) => {
	const { agent } = await import('./support/accounts');
	await useStaffSession(context, agent.email);
	await page.goto('/gestion/questionnaires');
	await expect(page.getByRole('heading', { name: 'Accès réservé' })).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(0);
	await expectAccessible(page);
});
