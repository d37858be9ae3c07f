// The rights of persons (/gestion/droits, /suivi): an administrator finds what is held about a person by
// their e-mail address, hands them a copy (the JSON export with the files' bytes, the printable page),
// corrects a complaint's e-mail (the trail names the field) and erases an item at their request; items not
// answered yet are refused. A citizen erases their own answered request from the tracking page; a held one
// is recorded for later. Agents are told the page is not theirs.
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type PocketBase from 'pocketbase';
import { newId } from '../../src/lib/domain/ids';
import { agent, demoAccount, referent } from './support/accounts';
import { baseURL, superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { uniqueEmail } from './support/complaint';
import { fileComplaint, staffClient } from './support/desk';
import { useStaffSession } from './support/staff-session';

const admin = demoAccount('admin');
/** The smallest PNG there is: one pixel. */
const PNG = Uint8Array.from(
	Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
		'base64'
	)
);
const ANSWER = 'Votre dossier a été retrouvé et vous attend au guichet 3.';

async function pageAs(browser: Browser, email: string): Promise<Page> {
	const context = await browser.newContext();
	await useStaffSession(context, email);
	return context.newPage();
}

/** A complaint of this test's own, filed by the Metz agent for `email`, answered unless told otherwise. */
async function complaintOf(
	desk: PocketBase,
	data: Record<string, unknown>,
	{ answered = true, files = [] as { name: string; type: string; bytes: Uint8Array<ArrayBuffer> }[] } = {}
) {
	const filed = await fileComplaint(desk, data, files);
	if (answered)
		await desk.send(`/api/qep/complaints/${filed.id}/answer`, { method: 'POST', body: { text: ANSWER } });
	return filed;
}

/** A suggestion left with `email` today at the Metz site. */
async function suggestionOf(desk: PocketBase, email: string, text: string) {
	const site = await desk.collection('sites').getFirstListItem('slug = "metz"');
	const day = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' });
	const { results } = await desk.send<{ results: { status: string }[] }>('/api/qep/complaints', {
		method: 'POST',
		body: {
			items: [
				{
					id: newId(),
					type: 'suggestion',
					data: { channel: 'web', site: site.id, reception_point: '', text, email, day, nickname: '' }
				}
			]
		}
	});
	expect(results[0]?.status).toBe('created');
}

test('an administrator finds a person’s items, hands them a copy, corrects their e-mail and erases an item', async ({
	browser
}) => {
	// A long journey: five items, a download, two dialogs, six accessibility scans.
	test.slow();
	const su = await superuser();
	const desk = await staffClient(agent);
	const email = uniqueEmail('droits');
	const name = `Camille Droits ${crypto.randomUUID().slice(0, 6)}`;
	const withFile = await complaintOf(
		desk,
		{ contact_email: email, contact_name: name, subject: 'Carte grise égarée' },
		{ files: [{ name: 'recu.png', type: 'image/png', bytes: PNG }] }
	);
	const toErase = await complaintOf(desk, { contact_email: email, contact_name: name });
	const open = await complaintOf(desk, { contact_email: email, contact_name: name }, { answered: false });
	await suggestionOf(desk, email, 'Des chaises en plus dans le hall, merci.');
	const { organisation_name: organisation } = await su.collection('policies').getFirstListItem('');

	// From the hub, the page; the person by their e-mail address, typed in the box.
	const page = await pageAs(browser, admin.email);
	await page.goto('/gestion');
	await page.getByRole('link', { name: 'Droits des personnes' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Droits des personnes');
	await expectAccessible(page);
	const box = page.getByLabel(/^Adresse électronique ou référence/);
	await box.fill('pas une adresse');
	await box.press('Enter');
	await expect(page.locator('#rights-q-messages')).toContainText('Saisissez une adresse électronique valide');
	await expect(box).toBeFocused();
	await box.fill(email.toUpperCase());
	await box.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/gestion/droits\\?q=${encodeURIComponent(email.toUpperCase())}$`));
	await expect(page.locator('#rights-status')).toHaveText(
		`Pour ${email.toUpperCase()}\u00a0: réclamations et demandes d’information\u00a0: 3\u00a0; suggestions\u00a0: 1.`
	);
	const rowOf = (reference: string) => page.getByRole('row', { name: new RegExp(reference) });
	for (const { reference } of [withFile, toErase, open]) await expect(rowOf(reference)).toContainText(name);
	await expect(rowOf(withFile.reference)).toContainText(`Adresse électronique\u00a0: ${email}`);
	await expect(rowOf(withFile.reference)).toContainText('Répondue');
	await expect(page.locator('#rights-suggestions')).toContainText('Des chaises en plus dans le hall');
	await expectAccessible(page);

	// The JSON export: the file's name, and the attachment's own bytes in it.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Télécharger (JSON)' }).click()
	]);
	expect(download.suggestedFilename()).toBe(`donnees-${email.toUpperCase()}.json`);
	const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
		complaints: {
			reference: string;
			answer: string;
			attachments: { name: string; type: string; content: string }[];
		}[];
		suggestions: { email: string }[];
	};
	const item = exported.complaints.find((c) => c.reference === withFile.reference);
	expect(item?.answer).toBe(ANSWER);
	expect(item?.attachments).toHaveLength(1);
	expect(item!.attachments[0]!.type).toBe('image/png');
	expect(Buffer.from(item!.attachments[0]!.content, 'base64').equals(Buffer.from(PNG))).toBe(true);
	expect(exported.complaints).toHaveLength(3);
	expect(exported.suggestions).toEqual([expect.objectContaining({ email })]);

	// The printable copy: the organisation, each item with its answer, its trail and its image.
	await page.getByRole('link', { name: 'Version imprimable' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Relevé de vos données personnelles');
	await expect(page.locator('.rights-print > p').first()).toHaveText(organisation);
	const printed = page.locator('section', {
		has: page.getByRole('heading', { name: `Réclamation ${withFile.reference}` })
	});
	await expect(printed).toContainText(ANSWER);
	await expect(printed).toContainText('Carte grise égarée');
	await expect(printed).toContainText('Demande reçue (Site internet)');
	await expect(printed).toContainText('Réponse publiée sur la page de suivi');
	const image = printed.getByRole('img', { name: /^Image jointe\s:\srecu/ });
	await expect(image).toBeVisible();
	expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
	await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
	await expectAccessible(page);
	await page.goBack();
	await expect(page.locator('#rights-status')).toContainText(
		'réclamations et demandes d’information\u00a0: 3'
	);

	// The e-mail corrected with the keyboard: the device's check first, then the server's answer.
	const correct = rowOf(withFile.reference).getByRole('button', {
		name: `Corriger les coordonnées de la demande ${withFile.reference}`
	});
	await correct.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', {
		name: `Corriger les coordonnées de la demande ${withFile.reference}`
	});
	await expect(dialog.getByLabel('Nom et prénom')).toBeFocused();
	await expect(dialog.getByLabel('Nom et prénom')).toHaveValue(name);
	const emailField = dialog.getByLabel(/^Adresse électronique/);
	await expect(emailField).toHaveValue(email);
	await emailField.fill('camille@');
	await page.keyboard.press('Enter');
	await expect(dialog.locator('#contact-email-messages')).toContainText('adresse électronique valide');
	await expect(emailField).toBeFocused();
	await expectAccessible(page);
	const corrected = uniqueEmail('corrigee');
	await emailField.fill(corrected);
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: `Les coordonnées de la demande ${withFile.reference} sont corrigées.` })
	).toBeVisible();
	// Found by the old address, the item is no longer there.
	await expect(rowOf(withFile.reference)).toHaveCount(0);
	await expect(page.locator('#rights-status')).toContainText(
		'réclamations et demandes d’information\u00a0: 2'
	);
	await expect
		.poll(async () => (await su.collection('complaints').getOne(withFile.id)).contact_email)
		.toBe(corrected);

	// An item not answered yet cannot be erased: the prefecture answers first.
	await rowOf(open.reference)
		.getByRole('button', { name: `Effacer maintenant la demande ${open.reference}` })
		.click();
	const erase = page.getByRole('dialog', { name: `Effacer maintenant la demande ${open.reference}` });
	await expect(erase).toContainText('Cette action est définitive');
	await erase.getByLabel(/^Motif/).fill('Demande reçue par courrier');
	await erase.getByRole('button', { name: 'Effacer définitivement' }).click();
	await expect(erase.getByRole('alert')).toContainText('Cette demande n’a pas encore reçu de réponse');
	await expectAccessible(page);
	await erase.getByRole('button', { name: 'Annuler' }).click();
	await expect(erase).toBeHidden();

	// The answered one is erased, for a reason kept in its trail.
	const reason = `Courrier de la personne du ${new Date().toLocaleDateString('fr-FR')}`;
	await rowOf(toErase.reference)
		.getByRole('button', { name: `Effacer maintenant la demande ${toErase.reference}` })
		.click();
	const eraseAnswered = page.getByRole('dialog', {
		name: `Effacer maintenant la demande ${toErase.reference}`
	});
	const reasonField = eraseAnswered.getByLabel(/^Motif/);
	await expect(reasonField).toBeFocused();
	await page.keyboard.press('Enter'); // a line break in an empty reason: still nothing to send
	await eraseAnswered.getByRole('button', { name: 'Effacer définitivement' }).press('Enter');
	await expect(eraseAnswered.locator('#erase-reason-messages')).toHaveText(
		'Indiquez le motif de l’effacement.'
	);
	await expect(reasonField).toBeFocused();
	await reasonField.fill(reason);
	await eraseAnswered.getByRole('button', { name: 'Effacer définitivement' }).press('Enter');
	await expect(eraseAnswered).toBeHidden();
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: `Les données personnelles de la demande ${toErase.reference} sont effacées.` })
	).toBeVisible();
	const stored = await su.collection('complaints').getOne(toErase.id);
	expect([stored.contact_email, stored.contact_name, stored.anonymised_at === '']).toEqual([
		'',
		'Anonyme',
		false
	]);

	// Erased, it is found by its reference only: it says so, and offers nothing more.
	await box.fill(toErase.reference.toLowerCase());
	await box.press('Enter');
	await expect(page.locator('#rights-status')).toContainText(
		`Pour ${toErase.reference}\u00a0: réclamations et demandes d’information\u00a0: 1`
	);
	await expect(rowOf(toErase.reference)).toContainText('Effacées le');
	await expect(rowOf(toErase.reference)).toContainText('Aucune action possible');

	// The trails tell both, in plain French.
	await page.goto(`/gestion/reclamations/${withFile.id}`);
	await expect(page.locator('#complaint-history')).toContainText(
		'Coordonnées corrigées\u00a0: adresse électronique'
	);
	await page.goto(`/gestion/reclamations/${toErase.id}`);
	const history = page.locator('#complaint-history');
	await expect(history).toContainText('Données personnelles effacées à la demande de la personne');
	await expect(history).toContainText(reason);
});

test('a citizen erases their answered request from the tracking page; a held one waits for the hold to end', async ({
	page,
	browser
}) => {
	test.slow();
	const su = await superuser();
	const desk = await staffClient(agent);
	const token = randomBytes(32).toString('base64url');
	const { id, reference } = await complaintOf(desk, { tracking_token: token });

	await page.goto(`/suivi#${token}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Réclamation ${reference}`);
	const section = page.getByRole('region', { name: 'Effacer mes données' });
	await expect(section).toContainText('la réponse ne sera plus consultable ici');
	await expectAccessible(page);

	// With the keyboard: the button, then the confirmation, Cancel first.
	await section.getByRole('button', { name: 'Effacer mes données' }).focus();
	await page.keyboard.press('Enter');
	const confirm = page.getByRole('dialog', { name: 'Effacer vos données\u00a0?' });
	await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
	await expectAccessible(page);
	await page.keyboard.press('Shift+Tab');
	await expect(confirm.getByRole('button', { name: 'Oui, effacer mes données' })).toBeFocused();
	await page.keyboard.press('Enter');

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vos données ont été effacées');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(page).toHaveURL(/\/suivi\/?$/);
	await expectAccessible(page);
	const erased = await su.collection('complaints').getOne(id);
	expect([erased.anonymised_at === '', erased.answer === ANSWER]).toEqual([false, false]);
	const events = await su
		.collection('complaint_events')
		.getFullList({ filter: su.filter('complaint = {:id} && type = "anonymised"', { id }) });
	expect(events.map((e) => [e.actor, e.data.by])).toEqual([['', 'citizen']]);

	// The private link leads nowhere now.
	await page.goto(`/suivi#${token}`);
	await expect(page.getByRole('alert')).toContainText('Demande introuvable');
	const asked = await fetch(`${baseURL()}/api/qep/track`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ token })
	});
	expect(asked.status).toBe(404);

	// Held by an administrator: the request is recorded, and the item stays until the hold ends.
	const heldToken = randomBytes(32).toString('base64url');
	const held = await complaintOf(desk, { tracking_token: heldToken });
	const until = new Date(Date.now() + 60 * 86_400_000).toLocaleDateString('en-CA', {
		timeZone: 'Europe/Paris'
	});
	await (
		await staffClient(admin)
	).send(`/api/qep/complaints/${held.id}/hold`, {
		method: 'POST',
		body: { until, reason: 'Recours contentieux' }
	});
	await page.goto(`/suivi#${heldToken}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Réclamation ${held.reference}`);
	await page.getByRole('button', { name: 'Effacer mes données', exact: true }).click();
	await page.getByRole('button', { name: 'Oui, effacer mes données' }).click();
	const recorded = page.getByRole('status').filter({ hasText: 'Votre demande d’effacement est enregistrée' });
	await expect(recorded).toContainText('effacées dès que ce motif prendra fin');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Réclamation ${held.reference}`);
	await expect(page.getByRole('button', { name: 'Effacer mes données', exact: true })).toHaveCount(0);
	await expectAccessible(page);
	const kept = await su.collection('complaints').getOne(held.id);
	expect([kept.anonymised_at, kept.erasure_requested_at === '']).toEqual(['', false]);

	// The referent sees it among what is erased soon: the night after the hold's last day.
	const referentPage = await pageAs(browser, referent.email);
	await referentPage.goto('/gestion/conservation?jours=70');
	const row = referentPage.getByRole('row', { name: new RegExp(held.reference) });
	await expect(row).toContainText('Effacement demandé par l’usager');
	await expectAccessible(referentPage);
});

test('an agent is told the page is for administrators', async ({ page, context }) => {
	await useStaffSession(context, agent.email);
	await page.goto('/gestion');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Droits des personnes' })).toHaveCount(0);
	await page.goto('/gestion/droits?q=camille@example.org');
	await expect(page.getByRole('heading', { name: 'Accès réservé aux administrateurs' })).toBeVisible();
	await expect(page.getByText('Votre rôle (agent) ne permet pas de traiter')).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(0);
	await expect(page.getByRole('search')).toHaveCount(0);
});
