// The referent translates a draft: the editor says, per language, how many texts lack it and, under each
// question, which languages it lacks; a Turkish wording typed in its own field (lang="tr"; Arabic right to
// left) and saved completes Turkish, which the server then lists among the questionnaire's languages.
// The demo questionnaire is shared with other specs: the draft made here is removed whatever happens.
import { expect, test } from '@playwright/test';
import type PocketBase from 'pocketbase';
import { referent as referentAccount } from './support/accounts';
import { referent, superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { useStaffSession } from './support/staff-session';

interface Question {
	id: string;
	position: number;
	label: Record<string, string>;
}

const questionsOf = (client: PocketBase, questionnaire: string) =>
	client.collection('questions').getFullList<Question>({
		filter: client.filter('questionnaire = {:q}', { q: questionnaire }),
		sort: 'position'
	});

const languagesOf = async (client: PocketBase, id: string) =>
	(await client.collection('questionnaires').getOne<{ languages: string[] }>(id)).languages;

async function removeDraft(su: PocketBase, id: string) {
	for (const q of await questionsOf(su, id)) await su.collection('questions').delete(q.id);
	await su.collection('questionnaires').delete(id);
}

test('the referent adds a Turkish wording to a draft and sees Turkish become complete', async ({
	page,
	context
}) => {
	test.setTimeout(60_000);
	const su = await superuser();
	const manager = await referent(su);
	const active = await su
		.collection('questionnaires')
		.getFirstListItem('status = "active"', { sort: '-version' });
	const draft = await manager.send<{ id: string }>(`/api/qep/questionnaires/${active.id}/new-version`, {
		method: 'POST'
	});
	try {
		// The demo's draft is written in the ten languages: take Turkish away from its second question.
		const questions = await questionsOf(su, draft.id);
		const second = questions[1]!;
		const turkish = second.label.tr!;
		expect(turkish).toBeTruthy();
		const { tr: _tr, ...withoutTurkish } = second.label;
		await manager.collection('questions').update(second.id, { label: withoutTurkish });
		expect(await languagesOf(su, draft.id)).not.toContain('tr');

		await useStaffSession(context, referentAccount.email);
		await page.goto(`/gestion/questionnaires/${draft.id}`);
		const turkishRow = page.locator('#translations tr[data-language="tr"]');
		await expect(turkishRow).toContainText('turc');
		await expect(turkishRow).toContainText('1 texte manquant');
		await expect(page.locator('#translations tr[data-language="ar"]')).toContainText('Complète');
		const form = page.getByRole('form', { name: 'Question 2' });
		await expect(form.getByTestId('missing-translations')).toHaveText('Non traduite en\u00a0: turc.');
		await expect(
			page.getByRole('form', { name: 'Question 1' }).getByTestId('missing-translations')
		).toHaveText('Traduite dans toutes les langues.');
		await expectAccessible(page);

		// Arabic is typed right to left, in its own language.
		const language = page.getByLabel('Langue à traduire');
		await language.selectOption({ label: 'arabe' });
		const arabic = form.getByLabel('Libellé en arabe (facultatif)');
		await expect(arabic).toHaveAttribute('lang', 'ar');
		await expect(arabic).toHaveAttribute('dir', 'rtl');
		await expect(arabic).toHaveValue(second.label.ar!);

		// Turkish, by keyboard: the field is empty, typed, saved with Enter.
		await language.focus();
		await language.selectOption({ label: 'turc' });
		const field = form.getByLabel('Libellé en turc (facultatif)');
		await expect(field).toHaveAttribute('lang', 'tr');
		await expect(field).toHaveAttribute('dir', 'ltr');
		await expect(field).toHaveValue('');
		await field.focus();
		await page.keyboard.type(turkish);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Question 2 enregistrée.' })).toBeVisible();
		await expect(turkishRow).toContainText('Complète');
		await expect(form.getByTestId('missing-translations')).toHaveText('Traduite dans toutes les langues.');
		// Switching languages lost nothing: the Arabic wording was saved as it was.
		const saved = (await questionsOf(su, draft.id))[1]!;
		expect(saved.label).toEqual(second.label);
		expect(await languagesOf(su, draft.id)).toContain('tr');
		await expectAccessible(page);
	} finally {
		await removeDraft(su, draft.id);
	}
});

test('the version in service shows the state of its translations, to read only', async ({
	page,
	context
}) => {
	const su = await superuser();
	const active = await su
		.collection('questionnaires')
		.getFirstListItem<{ id: string; languages: string[] }>('status = "active"', { sort: '-version' });
	// The demo's questionnaire is written in the ten languages (demo-data.js).
	expect(active.languages).toContain('ar');
	await useStaffSession(context, referentAccount.email);
	await page.goto(`/gestion/questionnaires/${active.id}`);
	await expect(page.getByTestId('frozen')).toContainText('en service');
	for (const code of active.languages.filter((code) => code !== 'fr'))
		await expect(page.locator(`#translations tr[data-language="${code}"]`)).toContainText('Complète');
	await expect(page.getByRole('textbox')).toHaveCount(0);
	await expect(page.getByRole('combobox')).toHaveCount(0);
	await expectAccessible(page);
});
