// Administrators manage staff accounts (/gestion/comptes); nobody else sees them. (Signing in through
// ProConnect to an account made here: oidc-journey.spec.ts.)
import { expect, test, type Page } from '@playwright/test';
import { agent, demoAccount, referent } from './support/accounts';
import { expectAccessible } from './support/axe';
import { signIn, su as superuser, useStaffSession } from './support/staff-session';

const admin = demoAccount('admin');
const METZ = 'Metz — site de démonstration';
const suffix = () => crypto.randomUUID().slice(0, 8);

async function openAccounts(page: Page) {
	await page.goto('/gestion');
	await page.getByRole('link', { name: 'Comptes du personnel' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comptes du personnel');
	await expect(page.getByRole('table')).toBeVisible();
}

test('an administrator creates an agent account for one site, and that agent can sign in', async ({
	page,
	browser
}) => {
	// A long journey: three accessibility scans, a second browser session and a password sign-in.
	test.slow();
	await useStaffSession(page.context(), admin.email);
	await openAccounts(page);
	const table = page.getByRole('table');
	await expect(table.getByRole('row', { name: /Paul Agent/ })).toContainText(agent.email);
	await expect(table.getByRole('row', { name: /Claire Référente/ })).toContainText('Tous les sites');
	await expectAccessible(page);

	// The device's checks first: every error next to its field, focus on the first one.
	await page.getByRole('button', { name: 'Nouveau compte' }).click();
	const dialog = page.getByRole('dialog', { name: 'Nouveau compte' });
	await expect(dialog.getByLabel('Nom et prénom')).toBeFocused();
	await dialog.getByRole('button', { name: 'Créer le compte' }).click();
	await expect(dialog.getByLabel('Nom et prénom')).toHaveAttribute('aria-invalid', 'true');
	await expect(dialog.getByLabel('Nom et prénom')).toBeFocused();
	await expect(dialog.locator('#account-role-messages')).toHaveText('Choisissez un rôle.');
	await expectAccessible(page);

	const name = `Agent e2e ${suffix()}`;
	const email = `agent-${suffix()}@prefecture.example`;
	const password = `mot-de-passe-${suffix()}`;
	await dialog.getByLabel('Nom et prénom').fill(name);
	// An address already taken: PocketBase's verdict shows next to the e-mail field.
	await dialog.getByLabel(/^Adresse électronique/).fill(agent.email);
	await dialog.getByLabel('Rôle').selectOption({ label: 'agent' });
	await dialog.getByRole('button', { name: 'Créer le compte' }).click();
	await expect(dialog.locator('#account-sites-messages')).toHaveText(
		'Un agent doit être rattaché à au moins un site.'
	);
	await dialog.locator(`label:has-text("${METZ}")`).click();
	await dialog.getByLabel('Mot de passe initial').fill(password);
	await dialog.getByLabel('Confirmation du mot de passe').fill(`${password}x`);
	await dialog.getByRole('button', { name: 'Créer le compte' }).click();
	await expect(dialog.locator('#account-password-confirm-messages')).toHaveText(
		'Les deux mots de passe ne sont pas identiques.'
	);
	await dialog.getByLabel('Mot de passe initial').fill(password);
	await dialog.getByLabel('Confirmation du mot de passe').fill(password);
	await dialog.getByRole('button', { name: 'Créer le compte' }).click();
	await expect(dialog.getByLabel(/^Adresse électronique/)).toHaveAttribute('aria-invalid', 'true');
	await expect(dialog.getByLabel(/^Adresse électronique/)).toBeFocused();
	await expect(dialog.locator('#account-email-messages')).not.toBeEmpty();
	await expectAccessible(page);

	await dialog.getByLabel(/^Adresse électronique/).fill(email);
	await dialog.getByLabel('Mot de passe initial').fill(password);
	await dialog.getByLabel('Confirmation du mot de passe').fill(password);
	await dialog.getByRole('button', { name: 'Créer le compte' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('status')).toContainText(`Le compte de ${name} est créé.`);
	const row = page.getByRole('table').getByRole('row', { name: new RegExp(name) });
	await expect(row).toContainText(email);
	await expect(row).toContainText(METZ);

	const su = await superuser();
	const stored = await su.collection('staff').getFirstListItem(su.filter('email = {:email}', { email }));
	const metz = await su.collection('sites').getFirstListItem('slug = "metz"');
	expect(stored.role).toBe('agent');
	expect(stored.sites).toEqual([metz.id]);

	// The new agent signs in with the initial password, and has no accounts link.
	const other = await browser.newContext();
	try {
		const agentPage = await other.newPage();
		await signIn(agentPage, { email, password });
		await expect(agentPage.getByRole('main')).toContainText(name);
		await expect(
			agentPage.getByRole('link', { name: 'Saisir un courrier, un appel ou un questionnaire papier' })
		).toBeVisible();
		await expect(agentPage.getByRole('link', { name: 'Comptes du personnel' })).toHaveCount(0);
	} finally {
		await other.close();
	}
});

test('an administrator changes a role and sites; deleting an account asks for confirmation first', async ({
	page
}) => {
	const su = await superuser();
	const metz = await su.collection('sites').getFirstListItem('slug = "metz"');
	const name = `Compte à supprimer ${suffix()}`;
	const password = `mot-de-passe-${suffix()}`;
	const account = await su.collection('staff').create({
		name,
		email: `supprimer-${suffix()}@prefecture.example`,
		role: 'agent',
		sites: [metz.id],
		password,
		passwordConfirm: password
	});
	await useStaffSession(page.context(), admin.email);
	await openAccounts(page);

	// Edit: an agent made referent works for every site.
	await page.getByRole('button', { name: `Modifier le rôle et les sites de ${name}` }).click();
	const edit = page.getByRole('dialog', { name: `Rôle et sites de ${name}` });
	await expect(edit.getByLabel('Rôle')).toBeFocused();
	await edit.getByLabel('Rôle').selectOption({ label: 'référent qualité' });
	await expect(edit).toContainText('aucun site à choisir');
	await edit.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(edit).toBeHidden();
	await expect(page.getByRole('status')).toContainText(`Le compte de ${name} est modifié.`);
	const updated = await su.collection('staff').getOne(account.id);
	expect(updated.role).toBe('referent');
	expect(updated.sites).toEqual([]);

	// Delete: cancelled first (nothing happens), then confirmed.
	const deleteButton = page.getByRole('button', { name: `Supprimer le compte de ${name}` });
	await deleteButton.click();
	const confirm = page.getByRole('dialog', { name: `Supprimer le compte de ${name} ?` });
	await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
	await expectAccessible(page);
	await confirm.getByRole('button', { name: 'Annuler' }).click();
	await expect(confirm).toBeHidden();
	await expect(deleteButton).toBeFocused();
	expect((await su.collection('staff').getOne(account.id)).id).toBe(account.id);

	await deleteButton.click();
	await confirm.getByRole('button', { name: 'Supprimer le compte' }).click();
	await expect(confirm).toBeHidden();
	await expect(page.getByRole('status')).toContainText(`Le compte de ${name} est supprimé.`);
	await expect(page.getByRole('table').getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
	await expect(su.collection('staff').getOne(account.id)).rejects.toMatchObject({ status: 404 });

	// One's own account cannot be deleted, nor one's own role changed.
	const own = page.getByRole('table').getByRole('row', { name: /\(vous\)/ });
	await expect(own.getByRole('button', { name: /^Supprimer/ })).toHaveCount(0);
	await own.getByRole('button', { name: /^Modifier/ }).click();
	await expect(page.getByRole('dialog').getByLabel(/^Rôle/)).toBeDisabled();
});

for (const who of [referent, agent]) {
	test(`${who.email.split('@')[0]} opening the accounts page sees no account and is told why`, async ({
		page
	}) => {
		const listed: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/api/collections/staff/records')) listed.push(request.url());
		});
		await useStaffSession(page.context(), who.email);
		await page.goto('/gestion');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Comptes du personnel' })).toHaveCount(0);

		await page.goto('/gestion/comptes');
		await expect(
			page.getByRole('heading', { level: 2, name: 'Accès réservé aux administrateurs' })
		).toBeVisible();
		await expect(page.getByRole('main')).toContainText('ne permet pas de gérer les comptes du personnel');
		await expect(page.getByRole('table')).toHaveCount(0);
		await expect(page.getByRole('main')).not.toContainText('@demo.qual-e-pref.fr');
		expect(listed).toEqual([]);
		await expectAccessible(page);
	});
}
