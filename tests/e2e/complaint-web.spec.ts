import { expect, test } from '@playwright/test';
import { waitForMail } from '../support/smtp-sink.js';
import { superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { holdRequests } from './support/hold';
import {
	COMPLAINTS_ROUTE,
	REFERENCE,
	countRows,
	fillComplaint,
	refuseComplaints,
	uniqueEmail
} from './support/complaint';
import { tabTo } from './support/keyboard';

const FORM = '/reclamation?site=metz&point=accueil-general';

test('a complaint filed with the keyboard alone is acknowledged on screen and by e-mail, then tracked', async ({
	page
}) => {
	// A long journey: four accessibility scans, an e-mail to wait for, every field reached with Tab.
	test.slow();
	const email = uniqueEmail('clavier');
	const subject = `Attente au guichet ${crypto.randomUUID().slice(0, 6)}`;
	await page.goto(FORM);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Faire une réclamation ou poser une question'
	);
	await expect(page.getByLabel('Site')).toHaveValue(/\w{15}/);
	await expect(page.getByRole('main')).toContainText('Réponse sous 15 jours ouvrés.');
	await expect(page.getByRole('link', { name: /données personnelles/ })).toHaveAttribute(
		'href',
		'/donnees-personnelles'
	);
	await expectAccessible(page);

	await tabTo(page, page.getByRole('radio', { name: /^Réclamation/ }));
	await page.keyboard.press('Space');
	await tabTo(page, page.getByLabel('Objet'));
	await page.keyboard.type(subject);
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Description')).toBeFocused();
	await page.keyboard.type('J’ai attendu deux heures sans pouvoir déposer mon dossier.');
	await tabTo(page, page.getByLabel('Nom et prénom'));
	await page.keyboard.type('Camille Martin');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Adresse électronique')).toBeFocused();
	await page.keyboard.type(email);
	await tabTo(page, page.getByRole('button', { name: 'Envoyer ma demande' }));
	await page.keyboard.press('Enter');

	// The acknowledgement, once the server holds the complaint.
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText('Accusé de réception');
	await expect(heading).toBeFocused();
	const main = page.getByRole('main');
	await expect(main).toContainText('Votre réclamation est parvenue à la préfecture.');
	const reference = (await main.locator('.receipt__reference').innerText()).trim();
	expect(reference).toMatch(REFERENCE);
	await expect(main).toContainText('Metz — site de démonstration');
	await expect(main).toContainText('metz@demo.qual-e-pref.fr');
	await expect(main).toContainText('envoyé à votre adresse électronique');
	await expect(main).toContainText(/Réponse au plus tard le\s*\S+ \d+ \S+ \d{4}/);
	await expectAccessible(page);
	const link = await main.getByRole('link', { name: /\/suivi#/ }).getAttribute('href');
	expect(link).toMatch(/^\/suivi#[A-Za-z0-9_-]{43}$/);

	// The e-mail carries the same reference and the same private link.
	const mail = await waitForMail(process.env.E2E_MAIL_URL!, { to: email });
	expect(mail.text).toContain(reference);
	const token = /\/suivi#([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
	expect(`/suivi#${token}`).toBe(link);

	// The private link shows the complaint.
	await page.goto(`/suivi#${token}`);
	await expect(heading).toHaveText(`Réclamation ${reference}`);
	await expect(main).toContainText('Reçue');
	await expect(main).toContainText(subject);
	await expect(main).toContainText('La préfecture ne vous a pas encore répondu.');
	await expectAccessible(page);

	// Reference + e-mail finds it too; a wrong e-mail says not found, like an unknown reference.
	await page.goto('/suivi');
	await page.getByLabel('Référence').fill(reference);
	await page.getByLabel('Adresse électronique').fill(email);
	await page.getByRole('button', { name: 'Afficher ma demande' }).click();
	await expect(heading).toHaveText(`Réclamation ${reference}`);
	await page.getByRole('button', { name: 'Consulter une autre demande' }).click();
	await page.getByLabel('Référence').fill(reference);
	await page.getByLabel('Adresse électronique').fill(uniqueEmail('autre'));
	await page.getByRole('button', { name: 'Afficher ma demande' }).click();
	await expect(page.getByRole('alert')).toContainText('Demande introuvable');
	await expect(page.getByRole('alert')).toBeFocused();
	await expectAccessible(page);
});

test('bad input: each field says what is wrong, next to it, and nothing is stored', async ({ page }) => {
	const subject = `Refus ${crypto.randomUUID().slice(0, 8)}`;
	await page.goto(FORM);
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();

	const summary = page.getByRole('alert');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Le formulaire contient des erreurs');
	const messageOf = (id: string) => page.locator(`#${id}-messages`);
	await expect(messageOf('complaint-kind')).toHaveText('Ce champ est obligatoire.');
	await expect(messageOf('complaint-subject')).toHaveText('Ce champ est obligatoire.');
	await expect(messageOf('complaint-description')).toHaveText('Ce champ est obligatoire.');
	await expect(messageOf('complaint-contact-name')).toHaveText('Ce champ est obligatoire.');
	await expect(messageOf('complaint-contact-email')).toHaveText(
		'Indiquez une adresse électronique ou une adresse postale, pour que nous puissions vous répondre.'
	);
	await expect(page.getByLabel('Objet')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Objet')).toHaveAttribute('aria-describedby', 'complaint-subject-messages');
	await expectAccessible(page);

	// Malformed values: each its own message.
	await fillComplaint(page, {
		kind: 'Demande d’information',
		subject,
		description: 'Trop bref',
		name: 'C',
		email: 'camille@',
		phone: '12'
	});
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
	await expect(messageOf('complaint-kind')).toBeEmpty();
	await expect(messageOf('complaint-subject')).toBeEmpty();
	await expect(messageOf('complaint-description')).toHaveText(
		'Ce texte est trop court : 10 caractères minimum.'
	);
	await expect(messageOf('complaint-contact-name')).toHaveText(
		'Ce texte est trop court : 2 caractères minimum.'
	);
	await expect(messageOf('complaint-contact-email')).toContainText(
		'Saisissez une adresse électronique valide'
	);
	await expect(messageOf('complaint-contact-phone')).toContainText('Saisissez un numéro de téléphone valide');
	// The summary's links lead to the fields.
	await page.getByRole('link', { name: /^Description :/ }).click();
	await expect(page.getByLabel('Description')).toBeFocused();

	// A file of the wrong type, then one too large, are refused on the device.
	await fillComplaint(page, {
		description: 'Une description assez longue.',
		name: 'Camille',
		email: 'c@example.org',
		phone: ''
	});
	const upload = page.getByLabel(/^Pièces jointes/);
	await upload.setInputFiles({
		name: 'programme.exe',
		mimeType: 'application/x-msdownload',
		buffer: Buffer.from('MZ')
	});
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
	await expect(messageOf('complaint-attachments')).toHaveText(
		'Seuls les fichiers PDF, JPEG et PNG sont acceptés.'
	);
	await upload.setInputFiles({
		name: 'scan.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x25)
	});
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
	await expect(messageOf('complaint-attachments')).toContainText('au plus 5 Mo');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Faire une réclamation ou poser une question'
	);
	await expectAccessible(page);

	// Nothing on the device, nothing on the server.
	expect(await countRows(page, 'outbox')).toBe(0);
	const su = await superuser();
	expect(
		(await su.collection('complaints').getList(1, 1, { filter: su.filter('subject = {:s}', { s: subject }) }))
			.totalItems
	).toBe(0);
});

test('what a citizen typed is shown as text on the tracking page, never run', async ({ page }) => {
	const email = uniqueEmail('xss');
	const payload = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> fin';
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs += 1;
		void dialog.dismiss();
	});
	await page.goto(FORM);
	await fillComplaint(page, {
		kind: 'Réclamation',
		subject: '<b>gras</b> <img src=x onerror=alert(1)>',
		description: `${payload} <svg onload=alert(1)>`,
		name: 'Camille Martin',
		email
	});
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accusé de réception');
	const href = await page.getByRole('link', { name: /\/suivi#/ }).getAttribute('href');

	await page.goto(href!);
	const main = page.getByRole('main');
	await expect(main).toContainText(payload);
	await expect(main).toContainText('<b>gras</b> <img src=x onerror=alert(1)>');
	await expect(main.locator('script, img, svg, b')).toHaveCount(0);
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(dialogs).toBe(0);
});

test('a complaint the server refuses comes back as the form, with the server’s message next to the field', async ({
	page
}) => {
	const subject = `Refusée puis corrigée ${crypto.randomUUID().slice(0, 6)}`;
	// The server refuses the first delivery (as it would for a site closed meanwhile).
	await refuseComplaints(page, { service: 'too_long' });
	await page.goto(FORM);
	await fillComplaint(page, {
		kind: 'Réclamation',
		subject,
		description: 'Le guichet a fermé plus tôt que prévu.',
		name: 'Camille Martin',
		email: uniqueEmail('refus')
	});
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();

	await expect(page.getByRole('alert')).toBeFocused();
	await expect(page.locator('#complaint-service-messages')).toHaveText(
		'Ce texte est trop long : 120 caractères maximum.'
	);
	await expect(page.getByLabel('Objet')).toHaveValue(subject);
	await expectAccessible(page);
	expect(await countRows(page, 'rejected')).toBe(1);
	expect(await countRows(page, 'outbox')).toBe(0);

	// Sent again: the real server acknowledges it, and the refused copy is forgotten.
	await page.unroute(COMPLAINTS_ROUTE);
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accusé de réception');
	expect(await countRows(page, 'rejected')).toBe(0);
});

test('the title and introduction show while the form’s data is on its way; the link’s site is chosen when it comes', async ({
	page
}) => {
	// The sites' answer is held back until the page has drawn what does not depend on it.
	const release = await holdRequests(page, '**/api/collections/sites/records**');
	await page.goto(FORM);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Faire une réclamation ou poser une question'
	);
	await expect(page.getByRole('main')).toContainText('Une réclamation signale un problème');
	await expect(page.getByLabel('Objet')).toHaveCount(0);
	// The footer is not drawn where the form is about to come.
	await expect(page.getByRole('contentinfo')).not.toBeInViewport();
	release();
	await expect(page.getByLabel('Objet')).toBeVisible();
	await expect(page.getByLabel('Site')).toHaveValue(/\w{15}/);
	await expect(page.getByLabel(/Point d’accueil/)).toHaveValue(/\w{15}/);
});
