// An agent records what arrived outside the app (/gestion/saisie): a letter with its original receipt date,
// and a paper survey form from the lobby ballot box. Both go through the device's outbox and sync engine.
import { expect, test, type Page } from '@playwright/test';
import type { RecordModel } from 'pocketbase';
import { dayIn } from '../../src/lib/domain/day';
import { shiftDay } from '../../src/lib/domain/receipt-date';
import { complaintReceipt, workingDays } from '../support/hook-libs';
import { waitForMail } from '../support/smtp-sink.js';
import { agent } from './support/accounts';
import { expectAccessible } from './support/axe';
import { frenchDay } from './support/dates';
import { REFERENCE, countRows, uniqueEmail } from './support/complaint';
import { tabTo } from './support/keyboard';
import { su as superuser, useStaffSession } from './support/staff-session';

const PARIS = 'Europe/Paris';
const unique = (prefix: string) => `${prefix} ${crypto.randomUUID().slice(0, 8)}`;
/**
 * The keys that type `day` into a date field. Its segments' order follows the browser's own language, not
 * the page's: found out once on a scratch field (01/02/2003 read back as February or January).
 */
async function dateKeys(page: Page, day: string): Promise<string> {
	await page.evaluate(() => {
		const probe = document.createElement('input');
		probe.type = 'date';
		probe.id = 'date-order-probe';
		document.body.append(probe);
	});
	const probe = page.locator('#date-order-probe');
	await probe.focus();
	await page.keyboard.type('01022003');
	const read = await probe.inputValue();
	await page.evaluate(() => document.getElementById('date-order-probe')?.remove());
	const [y, mo, d] = day.split('-');
	if (read === '2003-02-01') return `${d}${mo}${y}`;
	if (read === '2003-01-02') return `${mo}${d}${y}`;
	return `${y}${mo}${d}`;
}

test.beforeEach(async ({ context }) => {
	await useStaffSession(context, agent.email);
});

/** The complaint stored with this subject, read as a superuser (null when there is none). */
async function storedComplaint(subject: string): Promise<RecordModel | null> {
	const su = await superuser();
	const found = await su
		.collection('complaints')
		.getList(1, 2, { filter: su.filter('subject = {:subject}', { subject }) });
	expect(found.totalItems).toBeLessThanOrEqual(1);
	return found.items[0] ?? null;
}

/** What the server must have computed for a letter received on `receivedOn` at the Metz site. */
async function expectedDates(receivedOn: string) {
	const su = await superuser();
	const site = await su.collection('sites').getFirstListItem('slug = "metz"');
	const policy = await su.collection('policies').getFirstListItem('');
	const receivedAt = (await complaintReceipt()).transcribedAt(receivedOn, site.time_zone, Date.now());
	const due = (await workingDays()).deadline(receivedAt, policy.complaint_deadline_days, {
		timeZone: site.time_zone,
		zone: site.zone,
		closures: Array.isArray(site.closures) ? site.closures : []
	});
	return { receivedAt, deadlineAt: due.dueAt, dueOn: due.dueOn };
}

const iso = (pbDate: string) => new Date(pbDate.replace(' ', 'T')).toISOString();

async function openComplaintForm(page: Page) {
	await page.goto('/gestion/saisie');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saisie hors application');
	await expect(page.getByRole('link', { name: 'Réclamation ou demande d’information' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	// The demo agent works for Metz only: the only site offered, already chosen.
	const site = page.getByLabel('Site', { exact: true });
	await expect(site.getByRole('option')).toHaveText(['Choisissez un site', 'Metz — site de démonstration']);
	await expect(site).toHaveValue(/\w{15}/);
}

test('an agent records a letter received 10 days ago; the deadline counts from that date; a future date is refused', async ({
	page
}) => {
	const today = dayIn(PARIS);
	const receivedOn = shiftDay(today, -10);
	const subject = unique('Courrier');
	const email = uniqueEmail('courrier');
	await openComplaintForm(page);
	await expect(page.getByRole('main')).toContainText('le délai de réponse court à partir de cette date');
	await expectAccessible(page);

	// Nothing filled in: every error next to its field, and in the summary.
	await page.getByRole('button', { name: 'Enregistrer la demande' }).click();
	await expect(page.getByRole('alert')).toBeFocused();
	await expect(page.locator('#intake-channel-messages')).toHaveText(
		'Indiquez comment la demande est arrivée.'
	);
	await expect(page.getByLabel('Date de réception d’origine')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#intake-received-on-messages')).toHaveText(
		'Indiquez la date de réception d’origine.'
	);
	await expectAccessible(page);

	await page.locator('label[for="intake-channel-letter"]').click();
	await page.getByLabel('Date de réception d’origine').fill(shiftDay(today, 1));
	await page.locator('label[for="complaint-kind-complaint"]').click();
	await page.getByLabel('Objet').fill(subject);
	await page
		.getByLabel('Description')
		.fill('Lettre reçue au courrier : dossier de carte grise sans réponse.');
	await page.getByLabel('Nom et prénom').fill('Jeanne Courrier');
	await page.getByLabel('Adresse électronique').fill(email);
	await page.getByRole('button', { name: 'Enregistrer la demande' }).click();

	// A date still to come is refused next to the field, and nothing is stored, on the device or the server.
	await expect(page.locator('#intake-received-on-messages')).toHaveText(
		'La date de réception ne peut être ni dans le futur, ni antérieure de plus de 365 jours.'
	);
	await expect(page.getByLabel('Date de réception d’origine')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#intake-channel-messages')).toHaveText('');
	expect(await countRows(page, 'outbox')).toBe(0);
	expect(await storedComplaint(subject)).toBeNull();

	await page.getByLabel('Date de réception d’origine').fill(receivedOn);
	await page.getByRole('button', { name: 'Enregistrer la demande' }).click();
	await expect(page.getByRole('heading', { name: 'Demande enregistrée' })).toBeFocused();
	const reference = (await page.locator('.intake-receipt__reference').textContent())?.trim() ?? '';
	expect(reference).toMatch(REFERENCE);
	await expect(page.getByRole('main')).toContainText('Courrier');
	await expect(page.getByRole('main')).toContainText('Envoyé par courriel à l’usager.');

	const stored = await storedComplaint(subject);
	expect(stored).not.toBeNull();
	const expected = await expectedDates(receivedOn);
	expect(stored!.reference).toBe(reference);
	expect(stored!.channel).toBe('letter');
	expect(iso(stored!.received_at)).toBe(expected.receivedAt);
	expect(iso(stored!.deadline_at)).toBe(expected.deadlineAt);
	// The screen shows the same deadline, in the site's calendar.
	const dueOn = frenchDay(new Date(expected.deadlineAt), PARIS);
	await expect(page.getByRole('main')).toContainText(dueOn);
	// The citizen gets the acknowledgement by e-mail, with the reference.
	const mail = await waitForMail(process.env.E2E_MAIL_URL!, { to: email });
	expect(mail.text).toContain(reference);
	expect(await countRows(page, 'outbox')).toBe(0);
});

test('an agent records a paper survey form from the ballot box; it reaches the server on the paper channel', async ({
	page
}) => {
	const today = dayIn(PARIS);
	const comment = unique('Formulaire papier');
	await page.goto('/gestion/saisie');
	await page.getByRole('link', { name: 'Questionnaire de satisfaction papier' }).click();
	await expect(page).toHaveURL(/formulaire=questionnaire/);
	await expect(
		page.getByRole('heading', { level: 2, name: 'Questionnaire de satisfaction papier' })
	).toBeVisible();
	const su = await superuser();
	const questionnaire = await su
		.collection('questionnaires')
		.getFirstListItem('status = "active"', { sort: '-version' });
	const questions = await su
		.collection('questions')
		.getFullList({ filter: su.filter('questionnaire = {:q}', { q: questionnaire.id }), sort: 'position' });
	const groups = page.locator('fieldset.survey-scale');
	await expect(groups).toHaveCount(questions.length);
	await expectAccessible(page);

	// Nothing ticked, no day: refused next to the fields, nothing stored.
	await page.getByRole('button', { name: 'Enregistrer le questionnaire' }).click();
	await expect(page.getByRole('alert')).toBeFocused();
	await expect(page.locator('#paper-day-messages')).toHaveText('Indiquez le jour du questionnaire.');
	await expect(page.locator('#paper-answers-messages')).toHaveText(
		'Reportez au moins une réponse cochée sur le formulaire.'
	);
	expect(await countRows(page, 'outbox')).toBe(0);
	await expectAccessible(page);

	await page.getByLabel('Point d’accueil (facultatif)').selectOption({ label: 'Hall des étrangers' });
	await page.getByLabel('Jour du questionnaire').fill(shiftDay(today, -3));
	await groups.nth(0).getByRole('button', { name: 'Satisfait', exact: true }).click();
	// A box ticked by mistake is cleared by choosing it again: that question stays blank.
	await groups.nth(1).getByRole('button', { name: 'Peu satisfait' }).click();
	await expect(groups.nth(1).getByRole('button', { name: 'Peu satisfait' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await groups.nth(1).getByRole('button', { name: 'Peu satisfait' }).click();
	await expect(groups.nth(1).getByRole('button', { name: 'Peu satisfait' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await groups.nth(2).getByRole('button', { name: 'Pas du tout satisfait' }).click();
	await page.getByLabel('Commentaire (facultatif)').fill(comment);
	await page.getByRole('button', { name: 'Enregistrer le questionnaire' }).click();
	await expect(page.getByText('Questionnaire reçu par le serveur, canal « papier ».')).toBeVisible();
	// Ready for the next form from the same box: the answers are blank, the place and day kept.
	await expect(groups.nth(0).getByRole('button', { name: 'Satisfait', exact: true })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await expect(page.getByLabel('Jour du questionnaire')).toHaveValue(shiftDay(today, -3));

	const responses = await su
		.collection('survey_responses')
		.getFullList({ filter: su.filter('comment = {:comment}', { comment }) });
	expect(responses).toHaveLength(1);
	expect(responses[0]!.channel).toBe('paper');
	expect(responses[0]!.day.slice(0, 10)).toBe(shiftDay(today, -3));
	const answers = await su
		.collection('survey_answers')
		.getFullList({ filter: su.filter('response = {:r}', { r: responses[0]!.id }), sort: 'question' });
	expect(answers.map((a) => [a.question, a.value, a.channel]).sort()).toEqual(
		[
			[questions[0]!.id, 'satisfied', 'paper'],
			[questions[2]!.id, 'very_dissatisfied', 'paper']
		].sort()
	);
});

test('a letter is transcribed with the keyboard alone', async ({ page }) => {
	const today = dayIn(PARIS);
	const subject = unique('Clavier');
	await openComplaintForm(page);
	const keys = await dateKeys(page, shiftDay(today, -2));

	// Tab reaches a radio group, Space ticks the focused radio.
	await tabTo(page, page.getByRole('radio', { name: 'Courrier' }));
	await page.keyboard.press('Space');
	await expect(page.getByRole('radio', { name: 'Courrier' })).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Date de réception d’origine')).toBeFocused();
	await page.keyboard.type(keys);
	await expect(page.getByLabel('Date de réception d’origine')).toHaveValue(shiftDay(today, -2));
	// An unticked radio group takes focus on its first radio; the arrow keys move to the next and tick it.
	await tabTo(page, page.getByRole('radio', { name: /^Réclamation/ }));
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: /^Demande d’information/ })).toBeChecked();
	await tabTo(page, page.getByLabel('Objet'));
	await page.keyboard.type(subject);
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Description')).toBeFocused();
	await page.keyboard.type('Appel reçu au standard : horaires du guichet des titres.');
	await tabTo(page, page.getByLabel('Nom et prénom'));
	await page.keyboard.type('Marc Téléphone');
	await tabTo(page, page.getByLabel('Adresse postale'));
	await page.keyboard.type('3 rue des Jardins, 57000 Metz');
	await tabTo(page, page.getByRole('button', { name: 'Enregistrer la demande' }));
	await page.keyboard.press('Enter');

	await expect(page.getByRole('heading', { name: 'Demande enregistrée' })).toBeFocused();
	await expect(page.getByRole('main')).toContainText(REFERENCE);
	// No e-mail address: the agent is told to post the acknowledgement.
	await expect(page.getByRole('main')).toContainText('Pas d’adresse électronique');
	const stored = await storedComplaint(subject);
	expect(stored?.channel).toBe('letter');
	expect(stored?.kind).toBe('information');
	expect(iso(stored!.received_at)).toBe((await expectedDates(shiftDay(today, -2))).receivedAt);

	await tabTo(page, page.getByRole('button', { name: 'Saisir une autre demande' }));
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Objet')).toHaveValue('');
});

test('offline, a transcribed letter waits on the device, then gets its reference when the network is back', async ({
	page,
	context
}) => {
	const subject = unique('Hors ligne');
	await openComplaintForm(page);
	await context.setOffline(true);
	await page.locator('label[for="intake-channel-email"]').click();
	await page.getByLabel('Date de réception d’origine').fill(shiftDay(dayIn(PARIS), -1));
	await page.locator('label[for="complaint-kind-complaint"]').click();
	await page.getByLabel('Objet').fill(subject);
	await page.getByLabel('Description').fill('Courriel reçu sur la boîte du service, transmis pour suite.');
	await page.getByLabel('Nom et prénom').fill('Lou Réseau');
	await page.getByLabel('Adresse postale').fill('1 place de la Gare, 57000 Metz');
	await page.getByRole('button', { name: 'Enregistrer la demande' }).click();

	await expect(page.getByRole('heading', { name: 'Saisie enregistrée sur cet appareil' })).toBeFocused();
	expect(await countRows(page, 'outbox')).toBe(1);
	await context.setOffline(false);
	await expect(page.getByRole('heading', { name: 'Demande enregistrée' })).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('main')).toContainText(REFERENCE);
	expect((await storedComplaint(subject))?.channel).toBe('email');
	expect(await countRows(page, 'outbox')).toBe(0);
});

test('the server’s refusal comes back next to the field: an agent moved to another site meanwhile', async ({
	browser
}) => {
	const su = await superuser();
	const [metz, fdf] = await Promise.all([
		su.collection('sites').getFirstListItem('slug = "metz"'),
		su.collection('sites').getFirstListItem('slug != "metz"')
	]);
	const password = `mot-de-passe-${crypto.randomUUID().slice(0, 8)}`;
	const moved = await su.collection('staff').create({
		name: 'Agent muté',
		email: `mute-${crypto.randomUUID().slice(0, 8)}@prefecture.example`,
		role: 'agent',
		sites: [metz.id],
		password,
		passwordConfirm: password
	});
	const context = await browser.newContext();
	try {
		await useStaffSession(context, moved.email);
		const page = await context.newPage();
		await openComplaintForm(page);
		// The account now belongs to another site; this device still offers the one it knew.
		await su.collection('staff').update(moved.id, { sites: [fdf.id] });
		const subject = unique('Refusée');
		await page.locator('label[for="intake-channel-phone"]').click();
		await page.getByLabel('Date de réception d’origine').fill(dayIn(PARIS));
		await page.locator('label[for="complaint-kind-information"]').click();
		await page.getByLabel('Objet').fill(subject);
		await page.getByLabel('Description').fill('Appel au standard sur les horaires d’ouverture du guichet.');
		await page.getByLabel('Nom et prénom').fill('Noé Appel');
		await page.getByLabel('Adresse postale').fill('2 rue Haute, 57000 Metz');
		await page.getByRole('button', { name: 'Enregistrer la demande' }).click();

		await expect(page.getByRole('alert')).toBeFocused();
		await expect(page.locator('#complaint-site-messages')).toHaveText(
			'Vous n’êtes pas rattaché à ce site : choisissez l’un de vos sites.'
		);
		// What was typed is all there, to be corrected rather than typed again.
		await expect(page.getByLabel('Objet')).toHaveValue(subject);
		await expect(page.getByRole('radio', { name: 'Téléphone' })).toBeChecked();
		await expect(page.getByLabel('Date de réception d’origine')).toHaveValue(dayIn(PARIS));
		await expectAccessible(page);
		expect(await storedComplaint(subject)).toBeNull();
	} finally {
		await context.close();
		await su.collection('staff').delete(moved.id);
	}
});
