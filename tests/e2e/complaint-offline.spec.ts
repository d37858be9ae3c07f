import { expect, test } from '@playwright/test';
import { superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { REFERENCE, countRows, fillComplaint, uniqueEmail } from './support/complaint';

test('offline, a complaint is kept on the device and said so, survives a reload, and is acknowledged once online', async ({
	page,
	context
}) => {
	const subject = `Hors connexion ${crypto.randomUUID().slice(0, 8)}`;
	await page.goto('/reclamation?site=metz');
	await expect(page.getByLabel('Site')).toHaveValue(/\w{15}/);
	// The service worker controls the page: the app reloads with no network.
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);

	await context.setOffline(true);
	await fillComplaint(page, {
		kind: 'Demande d’information',
		subject,
		description: 'Quels documents apporter pour un titre de séjour ?',
		name: 'Camille Martin',
		email: uniqueEmail('offline')
	});
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();

	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText('Demande enregistrée');
	const status = page.getByRole('status');
	await expect(status).toContainText('enregistrée sur cet appareil');
	await expect(status).toContainText('L’accusé de réception s’affichera ici');
	await expect(page.getByRole('main')).toContainText('il fonctionnera dès que la demande sera parvenue');
	await expect(page.getByRole('link', { name: /\/suivi#/ })).toBeVisible();
	await expectAccessible(page);
	expect(await countRows(page, 'outbox')).toBe(1);

	await page.reload();
	await expect(heading).toHaveText('Demande enregistrée');
	await expect(page.getByRole('status')).toContainText('enregistrée sur cet appareil');

	await context.setOffline(false);
	await expect(heading).toHaveText('Accusé de réception', { timeout: 20_000 });
	await expect(page.getByRole('main')).toContainText(
		'Votre demande d’information est parvenue à la préfecture.'
	);
	await expect(page.locator('.receipt__reference')).toHaveText(/\d{4}-I-\d{6}/);
	expect(await page.locator('.receipt__reference').innerText()).toMatch(REFERENCE);
	await expectAccessible(page);
	expect(await countRows(page, 'outbox')).toBe(0);

	const su = await superuser();
	const stored = await su
		.collection('complaints')
		.getFullList({ filter: su.filter('subject = {:s}', { s: subject }) });
	expect(stored).toHaveLength(1);
	expect(stored[0]!.kind).toBe('information');
	expect(stored[0]!.channel).toBe('web');
});
