import { expect, test } from '@playwright/test';
import { superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { REFERENCE, countRows, fillComplaint } from './support/complaint';
import { enrolKiosk } from './support/kiosk';

test('a visitor files a complaint on the kiosk, sees its reference and QR code, and the screen is cleared', async ({
	page
}) => {
	const { id } = await enrolKiosk(page);
	const subject = `Borne ${crypto.randomUUID().slice(0, 8)}`;
	await page.getByRole('button', { name: 'Réclamation, question ou suggestion' }).first().click();
	await page.getByRole('button', { name: 'Faire une réclamation ou poser une question' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Faire une réclamation ou poser une question'
	);
	await expect(page.getByRole('main')).toContainText(
		'Demande déposée à : Metz — site de démonstration · Accueil général'
	);
	await expect(page.getByLabel(/Pièces jointes/)).toHaveCount(0);
	await expect(page.getByLabel('Site')).toHaveCount(0);
	await expectAccessible(page);

	await fillComplaint(page, {
		kind: 'Réclamation',
		subject,
		description: 'Le numéro d’appel ne s’affiche pas à l’écran.',
		name: 'Dominique Borne',
		address: '3 rue des Jardins, 57000 Metz'
	});
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accusé de réception');
	await expect(page.locator('.receipt__reference')).toHaveText(REFERENCE);
	await expect(page.getByRole('main')).toContainText('non demandé (pas d’adresse électronique)');
	await expect(page.getByRole('img', { name: 'QR code du lien de suivi de votre demande' })).toBeVisible();
	await expectAccessible(page);
	expect(await countRows(page, 'receipts')).toBe(1);

	await page.getByRole('button', { name: 'Terminer' }).click();
	await expect(page.getByRole('button', { name: /Français/ })).toBeVisible();
	await expect(page.getByRole('main')).not.toContainText(subject);
	expect(await countRows(page, 'receipts')).toBe(0);

	const su = await superuser();
	const [stored] = await su
		.collection('complaints')
		.getFullList({ filter: su.filter('subject = {:s}', { s: subject }) });
	expect(stored?.channel).toBe('kiosk');
	const kiosk = await su.collection('kiosks').getOne(id);
	expect(stored?.site).toBe(kiosk.site);
	expect(stored?.reception_point).toBe(kiosk.reception_point);
});

test('a kiosk suggestion travels with the kiosk’s token, and an idle form returns to the welcome screen', async ({
	page
}) => {
	await page.clock.install();
	await enrolKiosk(page);
	const text = `Un distributeur d’eau ${crypto.randomUUID().slice(0, 8)}`;
	await page.getByRole('button', { name: 'Réclamation, question ou suggestion' }).first().click();
	await page.getByRole('button', { name: 'Laisser une suggestion' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Laisser une suggestion');
	await expectAccessible(page);
	await page.getByLabel('Votre suggestion').fill(text);
	await page.getByRole('button', { name: 'Envoyer ma suggestion' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Merci pour votre suggestion !');
	await expect(page.getByRole('status')).toHaveText('Votre suggestion a été transmise à la préfecture.');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Terminer' }).click();
	await expect(page.getByRole('button', { name: /Français/ })).toBeVisible();

	const su = await superuser();
	const [stored] = await su
		.collection('suggestions')
		.getFullList({ filter: su.filter('text = {:t}', { t: text }) });
	expect(stored?.channel).toBe('kiosk');

	// Someone starts typing and walks away: after two minutes the form and its text are gone.
	await page.getByRole('button', { name: 'Réclamation, question ou suggestion' }).first().click();
	await page.getByRole('button', { name: 'Faire une réclamation ou poser une question' }).first().click();
	await page.getByLabel('Objet').fill('À moitié écrit');
	await page.clock.runFor(119_000);
	await expect(page.getByLabel('Objet')).toBeVisible();
	await page.clock.runFor(2_000);
	await expect(page.getByRole('button', { name: /Français/ })).toBeVisible();
	await expect(page.getByRole('main')).not.toContainText('À moitié écrit');
});
