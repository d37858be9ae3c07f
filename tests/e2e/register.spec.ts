// The register of processing activities (/gestion/registre), for the DPO: the referent reads the retention
// the privacy notice promises for the same policy, each activity's data and recipients, and prints it
// without the site's menus; agents are told the page is not theirs.
import { expect, test } from '@playwright/test';
import { agent, referent } from './support/accounts';
import { superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { useStaffSession } from './support/staff-session';

const ACTIVITIES = [
	'Questionnaires de satisfaction',
	'Réclamations et demandes d’information',
	'Suggestions',
	'Comptes du personnel',
	'Journaux techniques'
];

test('the referent reads the retention the privacy notice states, then prints the register', async ({
	page,
	context
}) => {
	const su = await superuser();
	const policy = await su.collection('policies').getFirstListItem('');
	expect(policy.hosting).toBe('Serveur de démonstration, hébergé en France');
	// A period of this test's own, so that neither page can pass by showing the demo's 36 months.
	const months = policy.retention_months === 29 ? 28 : 29;
	await su.collection('policies').update(policy.id, { retention_months: months });
	await useStaffSession(context, referent.email);
	try {
		// What the visitors are told.
		await page.goto('/donnees-personnelles');
		const notice = page.getByRole('main');
		await expect(notice).toContainText(`sont conservées ${months} mois`);
		await expect(notice.locator('#privacy-hosting')).toHaveText(
			`Vos données sont hébergées : ${policy.hosting}.`
		);

		// What the register says, for the same policy.
		await page.goto('/gestion/registre');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registre des activités de traitement');
		const controller = page.getByRole('region', { name: 'Responsable du traitement' });
		await expect(controller).toContainText(policy.organisation_name);
		await expect(controller).toContainText(policy.dpo_email);
		await expect(controller).toContainText(policy.hosting);
		await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
			'Responsable du traitement',
			...ACTIVITIES
		]);
		const complaints = page.getByTestId('register-complaints');
		const identity = complaints.getByRole('row', { name: /^Identité \(nom\)/ });
		await expect(identity).toContainText('complaints.contact_name');
		await expect(identity).toContainText(
			`${months} mois après la dernière action sur une demande répondue ou close`
		);
		await expect(complaints).toContainText('code des relations entre le public et l’administration');
		const comments = page.getByTestId('register-surveys').getByRole('row', { name: /^Texte libre/ });
		await expect(comments).toContainText('survey_responses.comment');
		await expect(comments).toContainText(`${months} mois après le jour du dépôt`);
		await expect(page.getByTestId('register-logs')).toContainText(`${policy.log_retention_days} jours`);
		await expect(page.getByTestId('register-unclassified')).toHaveCount(0);
		await expectAccessible(page);

		// "Imprimer" opens the browser's print dialog, from the keyboard too.
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void ((window as unknown as { printed: number }).printed += 1);
		});
		const print = page.getByRole('button', { name: 'Imprimer' });
		await print.focus();
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

		// On paper: the register alone, every activity; no header, footer, back link or button.
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header.fr-header')).toBeHidden();
		await expect(page.locator('footer.fr-footer')).toBeHidden();
		await expect(print).toBeHidden();
		await expect(page.getByRole('link', { name: 'Retour à l’espace agents' })).toBeHidden();
		await expect(identity).toBeVisible();
		await expect(page.getByTestId('register-staff')).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('header.fr-header')).toBeVisible();
	} finally {
		await su.collection('policies').update(policy.id, { retention_months: policy.retention_months });
	}
});

test('an agent is told the register is for the referent and administrators', async ({ page, context }) => {
	await useStaffSession(context, agent.email);
	await page.goto('/gestion/registre');
	await expect(
		page.getByRole('heading', { name: 'Accès réservé au référent qualité et aux administrateurs' })
	).toBeVisible();
	await expect(
		page.getByText('Votre rôle (agent) ne permet pas de consulter le registre des activités de traitement')
	).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(0);
	await expectAccessible(page);
});

test('the referent states where the data is hosted in Paramètres; the notice and the register say it', async ({
	page,
	context
}) => {
	const su = await superuser();
	const policy = await su.collection('policies').getFirstListItem('');
	const hosting = `Centre de données du ministère, Osny (95) ${crypto.randomUUID().slice(0, 6)}`;
	await useStaffSession(context, referent.email);
	try {
		await page.goto('/gestion/parametres');
		const field = page.getByLabel('Hébergement des données (facultatif)');
		await expect(field).toHaveValue(policy.hosting);
		// Too long: refused next to the field, nothing stored.
		await field.fill('x'.repeat(301));
		await page.getByRole('button', { name: 'Enregistrer la politique' }).click();
		await expect(page.locator('#policy-hosting-messages')).toHaveText('300 caractères au plus.');
		await expect(field).toBeFocused();
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expectAccessible(page);
		expect((await su.collection('policies').getOne(policy.id)).hosting).toBe(policy.hosting);

		await field.fill(hosting);
		await field.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Politique enregistrée.' })).toBeVisible();
		await expect.poll(async () => (await su.collection('policies').getOne(policy.id)).hosting).toBe(hosting);

		await page.goto('/gestion/registre');
		await expect(page.getByRole('region', { name: 'Responsable du traitement' })).toContainText(hosting);
		await expect(page.getByTestId('register-complaints')).toContainText(hosting);
		await page.goto('/donnees-personnelles');
		await expect(page.locator('#privacy-hosting')).toHaveText(`Vos données sont hébergées : ${hosting}.`);
	} finally {
		await su.collection('policies').update(policy.id, { hosting: policy.hosting });
	}
});
