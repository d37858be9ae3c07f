// Threshold alerts in the back office (issue 18): a reception point whose last two weeks fell clearly under
// the threshold has an alert on the staff home; the referent acknowledges it, makes the plan's action from
// it (the action carries its figures), finds it on the board leading to that action, and closes it with a
// reason. A new alert opening while the referent works shows a banner on whatever page they are.
import { expect, test, type Page } from '@playwright/test';
import type PocketBase from 'pocketbase';
import { newId } from '../../src/lib/domain/ids';
import { referent } from './support/accounts';
import { superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { parisToday } from './support/cockpit';
import { staffClient, uniqueName } from './support/desk';
import { useStaffSession } from './support/staff-session';

const shiftDay = (day: string, days: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

/**
 * A new reception point of the Metz demo site whose last 14 days hold one satisfied and one dissatisfied
 * answer each (50 % of 28: clearly under 75 %), and the detection run: its alert is open.
 */
async function pointUnderThreshold(client: PocketBase): Promise<{ name: string; site: string }> {
	const su = await superuser();
	const site = await su.collection('sites').getFirstListItem('slug = "metz"');
	const name = uniqueName('Guichet');
	const point = await su.collection('reception_points').create({
		site: site.id,
		name,
		slug: `guichet-${newId()}`,
		kind: 'autre',
		active: true
	});
	const questionnaire = await su.collection('questionnaires').getFirstListItem('status = "active"');
	const question = await su
		.collection('questions')
		.getFirstListItem(su.filter('questionnaire = {:q}', { q: questionnaire.id }));
	const today = parisToday();
	const items = Array.from({ length: 14 }, (_, k) => shiftDay(today, -k)).flatMap((day) =>
		['satisfied', 'dissatisfied'].map((value) => ({
			id: newId(),
			type: 'survey_response',
			data: {
				questionnaire: questionnaire.id,
				site: site.id,
				reception_point: point.id,
				channel: 'web',
				language: 'fr',
				day,
				comment: '',
				answers: [{ question: question.id, value }]
			}
		}))
	);
	await client.send('/api/qep/ingest', { method: 'POST', body: { items } });
	await client.send('/api/qep/alerts/check', { method: 'POST' });
	return { name, site: site.name as string };
}

const alertOf = (page: Page, name: string) => page.locator('[data-alert]', { hasText: name });

test('the referent acknowledges an alert, makes its action, and closes it with a reason', async ({
	page,
	context
}) => {
	const client = await staffClient(referent);
	const place = await pointUnderThreshold(client);
	await useStaffSession(context, referent.email);

	await page.goto('/gestion');
	const alert = alertOf(page, place.name);
	await expect(alert.getByRole('heading', { level: 3 })).toHaveText(
		`Satisfaction sous le seuil – ${place.name} – ${place.site}`
	);
	await expect(alert).toContainText('À prendre en compte');
	await expect(alert).toContainText(/50,0\s%\sde satisfaits sur 28 avis exprimés/);
	await expectAccessible(page);

	await alert.getByRole('button', { name: 'J’en prends connaissance' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Alerte prise en compte.' })).toBeVisible();
	await expect(alert).toContainText('Prise en compte');
	await expect(alert.getByRole('button', { name: 'J’en prends connaissance' })).toHaveCount(0);
	await expect(page.locator('#alerts-heading')).toBeFocused();

	await alert.getByRole('button', { name: 'Créer l’action du plan' }).click();
	await expect(page).toHaveURL(/\/gestion\/actions\/[a-z0-9]{15}$/);
	const actionUrl = new URL(page.url()).pathname;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Satisfaction sous le seuil – ${place.name} – ${place.site}`
	);
	await expect(page.locator('[data-trigger="n"]')).toHaveText('28');
	await expect(page.locator('[data-trigger="rate"]')).toHaveText(/^50,0\s%$/);

	// On the board, the alert comes first and leads to its action; closing it takes a reason.
	await page.goto('/gestion/indicateurs');
	const onBoard = alertOf(page, place.name);
	await expect(onBoard.getByRole('link', { name: 'Voir l’action du plan' })).toHaveAttribute(
		'href',
		actionUrl
	);
	await onBoard.getByRole('button', { name: 'Clore l’alerte' }).click();
	const reason = page.getByLabel('Motif de la clôture');
	await expect(reason).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(reason).toBeFocused();
	await expect(onBoard).toContainText('Ce champ est obligatoire');
	await reason.fill('Renfort du guichet le lundi matin.');
	await onBoard.getByRole('button', { name: 'Clore l’alerte' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Alerte close.' })).toBeVisible();
	await expect(alertOf(page, place.name)).toHaveCount(0);
	await expectAccessible(page);
});

test('an alert that opens while the referent works shows a banner leading to the alerts', async ({
	page,
	context
}) => {
	const client = await staffClient(referent);
	await useStaffSession(context, referent.email);
	// The page follows the alerts once subscribed: the subscription is set before the alert opens.
	const subscribed = page.waitForResponse(
		(response) => response.url().endsWith('/api/realtime') && response.request().method() === 'POST'
	);
	await page.goto('/gestion/actions');
	await expect((await subscribed).ok()).toBe(true);
	const place = await pointUnderThreshold(client);

	const banner = page.locator('[data-alert-banner]');
	await expect(banner).toContainText('Une nouvelle alerte de satisfaction vient de s’ouvrir.');
	await banner.getByRole('link', { name: 'Voir les alertes' }).click();
	await expect(page).toHaveURL(/\/gestion#alertes$/);
	await expect(alertOf(page, place.name)).toBeVisible();
	await expect(banner).toHaveCount(0);
});

test('the referent sets the alerts over the last answers, and the site’s agents told', async ({
	page,
	context
}) => {
	const su = await superuser();
	const policy = await su.collection('policies').getFirstListItem('');
	await useStaffSession(context, referent.email);
	try {
		await page.goto('/gestion/parametres');
		const form = page.locator('form', {
			has: page.getByRole('heading', { name: 'Réglage des alertes de satisfaction' })
		});
		await expect(form.getByLabel('Les derniers jours')).toBeChecked();
		// DSFR draws its own radio and box over the inputs: the label is what a person clicks.
		await form.getByText('Les derniers avis exprimés').click();
		const size = form.getByLabel('Nombre de jours ou d’avis');
		await size.fill('0');
		await form.getByRole('button', { name: 'Enregistrer les réglages des alertes' }).click();
		await expect(size).toBeFocused();
		await expect(form).toContainText('entre 1 et 1000');
		await size.fill('60');
		await form.getByText('Prévenir aussi les agents du site par courriel').click();
		await expect(form.getByLabel('Prévenir aussi les agents du site par courriel')).toBeChecked();
		await form.getByRole('button', { name: 'Enregistrer les réglages des alertes' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Réglages des alertes enregistrés.' })
		).toBeVisible();
		expect(await su.collection('policies').getOne(policy.id)).toMatchObject({
			alert_window: 'answers',
			alert_window_size: 60,
			alert_notify_agents: true
		});
		await expectAccessible(page);
	} finally {
		await su.collection('policies').update(policy.id, {
			alert_window: policy.alert_window,
			alert_window_size: policy.alert_window_size,
			alert_notify_agents: policy.alert_notify_agents
		});
	}
});
