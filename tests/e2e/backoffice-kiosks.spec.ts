// The quality referent's kiosk management and posters (/gestion/bornes, /gestion/affiches), and what an
// agent sees of them. Runs against the demo prefecture started by `npm run test:e2e`.
import { expect, test, type Page } from '@playwright/test';
import PocketBase from 'pocketbase';
import { verifyPin } from '../../src/lib/domain/pin';
import { agent, referent } from './support/accounts';
import { superuser } from './support/api';
import { staffClient, uniqueName } from './support/desk';
import { useStaffSession } from './support/staff-session';
import { expectAccessible } from './support/axe';

const METZ = 'Metz — site de démonstration';

/**
 * Opens the back office as this member of staff. The session is put in place by impersonation: the
 * sign-in form has its own tests (staff-sign-in.spec.ts), and password sign-ins are rate-limited per
 * address, which every browser of the run shares.
 */
async function signIn(page: Page, who: { email: string }) {
	await useStaffSession(page.context(), who.email);
	await page.goto('/gestion');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('the referent creates a kiosk with a PIN, gets its enrolment link and QR code, then revokes it', async ({
	page,
	context
}) => {
	// A long journey: six accessibility scans, two PIN hashes checked here, five dialogs.
	test.slow();
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await signIn(page, referent);
	await page.goto('/gestion/bornes');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bornes d’accueil');
	await expectAccessible(page);

	// Checked on the device first: every error next to its field, focus on the first one.
	const newKiosk = page.getByRole('button', { name: 'Nouvelle borne' });
	await newKiosk.click();
	await expect(newKiosk).toHaveAttribute('aria-expanded', 'true');
	const name = page.getByLabel('Nom de la borne');
	await expect(name).toBeFocused();
	await page.getByRole('button', { name: 'Créer la borne' }).click();
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(name).toBeFocused();
	await expect(page.locator('#kiosk-name-messages')).toHaveText('Ce champ est obligatoire.');
	await expect(page.getByLabel('Site', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Code PIN du personnel')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);

	const kioskName = uniqueName('Hall e2e');
	await name.fill(kioskName);
	await page.getByLabel('Site', { exact: true }).selectOption({ label: METZ });
	// Only the chosen site's reception points are offered.
	const point = page.getByLabel(/Point d’accueil/);
	await expect(point.getByRole('option')).toHaveText([
		'Aucun point précis (tout le site)',
		'Accueil général',
		'Hall des étrangers',
		'Point numérique'
	]);
	await point.selectOption({ label: 'Hall des étrangers' });
	// DSFR draws the box on the label, which is what a person taps.
	await page.locator('label[for="kiosk-language-en"]').click();
	await expect(page.getByLabel('English')).not.toBeChecked();
	await page.getByLabel('Code PIN du personnel').fill('2468');
	await page.getByLabel('Confirmation du code PIN').fill('2469');
	await page.getByRole('button', { name: 'Créer la borne' }).click();
	await expect(page.getByLabel('Confirmation du code PIN')).toBeFocused();
	await expect(page.locator('#kiosk-pin-confirm-messages')).toHaveText(
		'Les deux codes ne sont pas identiques.'
	);
	await page.getByLabel('Confirmation du code PIN').fill('2468');
	await page.getByRole('button', { name: 'Créer la borne' }).click();

	// The enrolment link comes at once.
	const enrolment = page.getByRole('dialog', { name: `Lien d’inscription de la borne « ${kioskName} »` });
	await expect(enrolment).toBeVisible();
	const url = enrolment.getByTestId('enrolment-url');
	await expect(url).toHaveText(/^https?:\/\/[^/]+\/borne\/inscription#\S+$/);
	await expect(
		enrolment.getByRole('img', { name: `QR code du lien d’inscription de la borne « ${kioskName} »` })
	).toBeVisible();
	await expect(enrolment.locator('svg')).toHaveCount(1);
	await expect(enrolment).toContainText(/Valable jusqu’au \d{1,2} \S+ \d{4} à \d{2}:\d{2}\./);
	await expect(enrolment).toContainText('Générer un nouveau lien rend le précédent inutilisable');
	await enrolment.getByRole('button', { name: 'Copier le lien' }).click();
	await expect(enrolment.getByRole('status')).toHaveText('Lien copié dans le presse-papiers.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await url.textContent());
	await expectAccessible(page);
	await page.keyboard.press('Escape');
	await expect(enrolment).toBeHidden();
	await expect(newKiosk).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'a été créée' })).toContainText(kioskName);

	// In the list, with what was chosen; the PIN is stored as a salted hash that matches.
	const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: kioskName }) });
	await expect(row.getByRole('cell')).toHaveText([
		METZ,
		'Hall des étrangers',
		'Active',
		'Jamais',
		// No health report before the tablet's first sync.
		'Non communiqué',
		'Non communiqué',
		'Non communiqué',
		'Non communiqué',
		/Lien d’inscription.*Changer le code PIN.*Révoquer/
	]);
	const su = await superuser();
	const stored = await su.collection('kiosks').getFirstListItem(`name = "${kioskName}"`);
	expect(stored.languages).toEqual(['fr']);
	expect(stored.status).toBe('active');
	expect(stored.pin_hash).toMatch(/^[0-9a-f]{64}$/);
	expect(
		await verifyPin('2468', {
			salt: stored.pin_salt,
			hash: stored.pin_hash,
			iterations: stored.pin_iterations
		})
	).toBe(true);

	// A new PIN.
	await row.getByRole('button', { name: /Changer le code PIN/ }).click();
	const pinDialog = page.getByRole('dialog', { name: `Changer le code PIN de la borne « ${kioskName} »` });
	await expect(pinDialog.getByLabel('Code PIN du personnel')).toBeFocused();
	await pinDialog.getByLabel('Code PIN du personnel').fill('12');
	await pinDialog.getByRole('button', { name: 'Enregistrer le code' }).click();
	await expect(pinDialog.getByLabel('Code PIN du personnel')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
	await pinDialog.getByLabel('Code PIN du personnel').fill('97531');
	await pinDialog.getByLabel('Confirmation du code PIN').fill('97531');
	await pinDialog.getByRole('button', { name: 'Enregistrer le code' }).click();
	await expect(pinDialog).toBeHidden();
	await expect(page.getByRole('status').filter({ hasText: 'code PIN' })).toContainText(kioskName);
	const changed = await su.collection('kiosks').getOne(stored.id);
	expect(changed.pin_salt).not.toBe(stored.pin_salt);
	expect(
		await verifyPin('97531', {
			salt: changed.pin_salt,
			hash: changed.pin_hash,
			iterations: changed.pin_iterations
		})
	).toBe(true);

	// Revoking asks first; Escape and Cancel change nothing, and focus comes back.
	const revoke = row.getByRole('button', { name: /Révoquer/ });
	await revoke.click();
	const confirm = page.getByRole('dialog', { name: `Révoquer la borne « ${kioskName} » ?` });
	await expect(confirm).toContainText('cesse d’envoyer');
	await expect(confirm).toContainText('reste sur la tablette');
	await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
	await page.keyboard.press('Tab'); // the focus stays in the dialog
	await expect(confirm.getByRole('button', { name: 'Fermer' })).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
	await expectAccessible(page);
	await page.keyboard.press('Escape');
	await expect(confirm).toBeHidden();
	await expect(revoke).toBeFocused();
	await expect(row.getByText('Active')).toBeVisible();

	await revoke.click();
	await confirm.getByRole('button', { name: 'Révoquer la borne' }).click();
	await expect(confirm).toBeHidden();
	await expect(row.getByText('Révoquée')).toBeVisible();
	await expect(row.getByRole('button')).toHaveCount(0); // no enrolment link for a revoked kiosk
	await expect(page.getByRole('rowheader', { name: kioskName })).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'est révoquée' })).toContainText(kioskName);
	expect((await su.collection('kiosks').getOne(stored.id)).status).toBe('revoked');
	await expectAccessible(page);
});

test('the posters page shows one A4 poster per reception point of the chosen site, each with its QR code', async ({
	page,
	baseURL
}) => {
	const pb = new PocketBase(baseURL);
	const metz = await pb.collection('sites').getFirstListItem('slug = "metz"');
	const points = await pb
		.collection('reception_points')
		.getFullList({ filter: `site = "${metz.id}" && active = true`, sort: 'name' });
	expect(points.length).toBeGreaterThan(1);

	await signIn(page, referent);
	await page.goto('/gestion/affiches');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Affiches QR code');
	await page.getByLabel('Site', { exact: true }).selectOption({ label: METZ });

	const posters = page.getByRole('article');
	await expect(posters).toHaveCount(points.length);
	for (const [index, point] of points.entries()) {
		const poster = posters.nth(index);
		const target = `${new URL(baseURL!).origin}/avis?site=metz&point=${point.slug}`;
		await expect(poster).toHaveAccessibleName(`Affiche : ${METZ}, ${point.name}`);
		await expect(poster).toContainText('Votre avis compte');
		await expect(poster).toContainText(target);
		await expect(
			poster.getByRole('img', { name: `QR code vers le questionnaire : ${target}` })
		).toBeVisible();
		await expect(poster.locator('svg')).toHaveCount(1);
		await expect(poster.locator('[lang="en"]')).toContainText('Scan this code');
	}
	await expect(page.getByRole('main').getByRole('listitem')).toHaveText(points.map((p) => p.name));
	await expectAccessible(page);

	// "Imprimer" opens the browser's print dialog.
	await page.evaluate(() => {
		window.print = () => document.body.setAttribute('data-printed', 'true');
	});
	await page.getByRole('button', { name: 'Imprimer' }).click();
	await expect(page.locator('body')).toHaveAttribute('data-printed', 'true');

	// On paper: the posters only, one a page.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('contentinfo')).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
	await expect(page.getByLabel('Site', { exact: true })).toBeHidden();
	await expect(posters.first()).toBeVisible();
	await expect(posters.first()).toHaveCSS('break-after', 'page');
	await expect(posters.last()).toHaveCSS('break-after', 'auto');
});

test('an agent sees the kiosks of their site and their health, without any management action', async ({
	page
}) => {
	// Two kiosks reported by their devices, one on the agent's site (Metz) and one elsewhere.
	const manager = await staffClient(referent);
	const sites = await manager.collection('sites').getFullList();
	const metz = sites.find((s) => s.slug === 'metz')!;
	const other = sites.find((s) => s.slug !== 'metz')!;
	const password = 'x'.repeat(32);
	const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
	const quiet = uniqueName('Tablette muette');
	const elsewhere = uniqueName('Tablette ailleurs');
	await manager.collection('kiosks').create({
		name: quiet,
		site: metz.id,
		languages: ['fr', 'en'],
		status: 'active',
		password,
		passwordConfirm: password,
		last_seen_at: ago(2 * 3600_000),
		health: { pending: 4, lastSyncAt: ago(3 * 3600_000), persisted: true, appVersion: '9.9.9' }
	});
	await manager.collection('kiosks').create({
		name: elsewhere,
		site: other.id,
		languages: ['fr'],
		status: 'active',
		password,
		passwordConfirm: password
	});

	await signIn(page, agent);
	await page.goto('/gestion/bornes');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bornes d’accueil');
	const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: quiet }) });
	await expect(row.getByRole('cell')).toHaveText([
		METZ,
		'Tout le site',
		'Active',
		'il y a 2 h',
		/4 en attente\s*Aucun contact depuis plus d’une heure/,
		'il y a 3 h',
		'Oui',
		'9.9.9'
	]);
	await expect(page.getByRole('rowheader', { name: elsewhere })).toHaveCount(0);
	await expect(page.getByRole('main')).toContainText('Seuls le référent qualité et les administrateurs');
	await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
	await expect(page.getByRole('columnheader', { name: 'Actions' })).toHaveCount(0);
	await expectAccessible(page);
});
