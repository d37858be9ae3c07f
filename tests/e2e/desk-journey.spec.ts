// The agents' back office end to end: a citizen's complaint from the website to the agent's inbox, taken in
// hand and answered, then the answer on the citizen's tracking page and in their mailbox.
import { expect, test, type Page } from '@playwright/test';
import { waitForMail } from '../support/smtp-sink.js';
import { agent } from './support/accounts';
import { expectAccessible } from './support/axe';
import { REFERENCE, fillComplaint, uniqueEmail } from './support/complaint';
import { tabTo } from './support/keyboard';
import { fileComplaint, staffClient } from './support/desk';
import { signIn } from './support/staff-session';

const notice = (page: Page) => page.locator('#complaint-notice');

test('a complaint filed on the website is found, taken in hand and answered by the Metz agent; the citizen reads the answer', async ({
	browser
}) => {
	// A long journey: two browser sessions, a password sign-in, two e-mails to wait for, two scans.
	test.slow();
	// The citizen, on the website.
	const citizen = await (await browser.newContext()).newPage();
	const email = uniqueEmail('guichet');
	const subject = `Dossier égaré ${crypto.randomUUID().slice(0, 6)}`;
	await citizen.goto('/reclamation?site=metz&point=accueil-general');
	await fillComplaint(citizen, {
		kind: 'Réclamation',
		subject,
		description: 'J’ai déposé mon dossier il y a un mois.\nDepuis, aucune nouvelle.',
		name: 'Camille <b>Martin</b>',
		email
	});
	await citizen.getByRole('button', { name: 'Envoyer ma demande' }).click();
	await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('Accusé de réception');
	const reference = (await citizen.locator('.receipt__reference').innerText()).trim();
	expect(reference).toMatch(REFERENCE);
	const ack = await waitForMail(process.env.E2E_MAIL_URL!, { to: email });
	const token = /\/suivi#([A-Za-z0-9_-]{43})/.exec(ack.text)?.[1];
	expect(token).toBeTruthy();

	// The agent of Metz signs in and finds it among the items to handle.
	const page = await (await browser.newContext()).newPage();
	await signIn(page, agent);
	await page.getByRole('link', { name: 'Réclamations et demandes d’information' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réclamations et demandes d’information');
	await page.getByRole('link', { name: /^À traiter/ }).click();
	await expect(page).toHaveURL(/status=received/);
	await expect(page.getByRole('link', { name: /^À traiter/ })).toHaveAttribute('aria-current', 'page');
	await page.getByRole('searchbox', { name: /^Rechercher/ }).fill(reference);
	await page.getByRole('button', { name: 'Appliquer' }).click();
	await expect(page).toHaveURL(new RegExp(`q=${reference}`));
	await expect(page.getByRole('heading', { name: '1 demande' })).toBeFocused();
	const rows = page.locator('#inbox-table tbody tr');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText(subject);
	await expect(rows.first()).toContainText('À traiter');
	await expect(rows.first()).toContainText('Camille <b>Martin</b>');
	// The filtered view is in the URL: the back button returns to the previous one.
	await page.goBack();
	await expect(page).not.toHaveURL(/q=/);
	await expect(page.getByRole('searchbox', { name: /^Rechercher/ })).toHaveValue('');
	await page.goForward();
	await expect(page.getByRole('searchbox', { name: /^Rechercher/ })).toHaveValue(reference);

	await page.getByRole('link', { name: reference }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Réclamation ${reference}`);
	await expect(page.locator('#complaint-status')).toHaveText('À traiter');
	// The citizen's text is shown as typed: no markup interpreted, line breaks kept.
	await expect(page.locator('#complaint-description')).toHaveText(
		'J’ai déposé mon dossier il y a un mois.\nDepuis, aucune nouvelle.'
	);
	await expect(page.locator('#complaint-description')).toHaveCSS('white-space', 'pre-wrap');
	await expect(page.getByRole('main')).toContainText('Camille <b>Martin</b>');
	await expect(page.locator('main b')).toHaveCount(0);
	await expect(page.locator('#complaint-days-left')).toHaveText(/jours ouvrés restants/);
	await expect(page.locator('#complaint-history')).toContainText('Demande reçue (Site internet)');
	await expect(page.locator('#complaint-history')).toContainText('Accusé de réception');
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Prendre en charge' }).click();
	await expect(notice(page)).toHaveText('Demande prise en charge.');
	await expect(notice(page)).toBeFocused();
	await expect(page.locator('#complaint-status')).toHaveText('En cours');
	await expect(page.locator('#complaint-history li').last()).toContainText(
		/Statut modifié.*À traiter.*En cours/s
	);
	await expect(page.getByRole('button', { name: 'Prendre en charge' })).toHaveCount(0);

	// Too short an answer is refused next to the field, before any confirmation.
	const answer = page.locator('#answer-text');
	await answer.fill('Merci');
	await page.getByRole('button', { name: 'Vérifier et envoyer la réponse' }).click();
	await expect(answer).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#answer-text-messages')).toHaveText(/trop court\s*:\s*10 caractères minimum/);
	await expect(page.getByRole('dialog')).toHaveCount(0);

	const text = 'Votre dossier a été retrouvé.\nVous pouvez retirer votre titre au guichet 3.';
	await answer.fill(text);
	await page.getByRole('button', { name: 'Vérifier et envoyer la réponse' }).click();
	const dialog = page.getByRole('dialog', { name: /Envoyer la réponse au demandeur/ });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText(`envoyée par courriel à ${email}`);
	await expect(dialog.locator('#answer-preview')).toHaveText(text);
	await expectAccessible(page);
	await dialog.getByRole('button', { name: 'Confirmer l’envoi' }).click();
	await expect(dialog).toBeHidden();
	await expect(notice(page)).toHaveText(/Réponse enregistrée\s*:\s*courriel envoyé au demandeur\./);
	await expect(notice(page)).toBeFocused();
	await expect(page.locator('#complaint-status')).toHaveText('Répondue');
	await expect(page.locator('#complaint-answer')).toHaveText(text);
	await expect(page.locator('#complaint-history')).toContainText('Réponse publiée sur la page de suivi');
	await expect(page.getByRole('button', { name: 'Clore' })).toBeVisible();

	// The answer reaches the citizen's mailbox and their tracking page.
	const mail = await waitForMail(process.env.E2E_MAIL_URL!, {
		to: email,
		subject: new RegExp(`Réponse à votre réclamation ${reference}`)
	});
	expect(mail.text).toContain('Votre dossier a été retrouvé.');
	await citizen.goto(`/suivi#${token}`);
	await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(`Réclamation ${reference}`);
	await expect(citizen.getByRole('main')).toContainText('Vous pouvez retirer votre titre au guichet 3.');
	await citizen.context().close();
	await page.context().close();
});

test('an agent answers with the keyboard alone, from the inbox to the confirmation', async ({ page }) => {
	const { reference } = await fileComplaint(await staffClient(agent), {
		contact_email: uniqueEmail('clavier')
	});
	await page.goto('/connexion');
	await tabTo(page, page.getByLabel(/adresse électronique/i));
	await page.keyboard.type(agent.email);
	await tabTo(page, page.getByLabel(/mot de passe/i));
	await page.keyboard.type(agent.password);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/gestion$/);

	await tabTo(page, page.getByRole('link', { name: 'Réclamations et demandes d’information' }));
	await page.keyboard.press('Enter');
	await tabTo(page, page.getByRole('searchbox', { name: /^Rechercher/ }));
	await page.keyboard.type(reference);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: '1 demande' })).toBeFocused();
	await tabTo(page, page.getByRole('link', { name: reference }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Réclamation ${reference}`);

	await tabTo(page, page.getByRole('button', { name: 'Prendre en charge' }));
	await page.keyboard.press('Enter');
	await expect(notice(page)).toHaveText('Demande prise en charge.');
	await expect(notice(page)).toBeFocused();

	await tabTo(page, page.locator('#answer-text'));
	await page.keyboard.type('Votre demande est traitée : rendez-vous lundi au guichet 2.');
	await tabTo(page, page.getByRole('button', { name: 'Vérifier et envoyer la réponse' }));
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: /Envoyer la réponse au demandeur/ });
	await expect(dialog).toBeVisible();
	// Escape goes back to the answer, which is kept.
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: 'Vérifier et envoyer la réponse' })).toBeFocused();
	await expect(page.locator('#answer-text')).toHaveValue(/rendez-vous lundi/);
	await page.keyboard.press('Enter');
	await expect(dialog).toBeVisible();
	await tabTo(page, dialog.getByRole('button', { name: 'Confirmer l’envoi' }));
	await page.keyboard.press('Enter');
	await expect(notice(page)).toHaveText(/Réponse enregistrée\s*:\s*courriel envoyé au demandeur\./);
	await expect(notice(page)).toBeFocused();
	await expect(page.locator('#complaint-status')).toHaveText('Répondue');
});
