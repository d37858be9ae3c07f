// Administrators follow the service on the Exploitation page (/gestion/exploitation): an overall state, then
// backups, mail, kiosks, overdue complaints, alerts and version. "Vérifier maintenant" runs the alert watch
// at once. The run's server is shared by every spec (others create complaints and kiosks): assertions are
// about this spec's own kiosk, never about global counts. Other roles are told the page is not for them.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type PocketBase from 'pocketbase';
import { agent, demoAccount, referent } from './support/accounts';
import { expectAccessible } from './support/axe';
import { frenchDay } from './support/dates';
import { su as superuser, useStaffSession } from './support/staff-session';

const admin = demoAccount('admin');
const METZ = 'Metz — site de démonstration';
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

/** The admin's own client, as the status routes want a staff administrator (a superuser is refused). */
async function asAdmin(su: PocketBase): Promise<PocketBase> {
	const record = await su.collection('staff').getFirstListItem(su.filter('email = {:e}', { e: admin.email }));
	const client = await su.collection('staff').impersonate(record.id, 600);
	client.autoCancellation(false);
	return client;
}

/** Presses Tab from the page's heading until `target` has focus (a bounded number of times). */
async function tabTo(page: Page, target: Locator) {
	await page.getByRole('heading', { level: 1 }).click();
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error('The control cannot be reached with the Tab key');
}

test('an administrator reads the state of the service and sees a silent kiosk raise an alert', async ({
	page
}) => {
	const su = await superuser();
	const metz = await su.collection('sites').getFirstListItem('slug = "metz"');
	const password = crypto.randomUUID();
	const name = `Borne exploitation ${crypto.randomUUID().slice(0, 8)}`;
	// Heard from just now: not silent until this test says so.
	const kiosk = await su.collection('kiosks').create({
		name,
		site: metz.id,
		languages: ['fr'],
		status: 'active',
		password,
		passwordConfirm: password,
		last_seen_at: new Date().toISOString()
	});
	const key = `kiosk:${kiosk.id}`;
	try {
		await useStaffSession(page.context(), admin.email);
		await page.goto('/gestion');
		await page.getByRole('link', { name: 'Exploitation : sauvegardes, messagerie, bornes' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exploitation');
		await expect(page.locator('#ops-overall')).toBeVisible();
		for (const heading of [
			'Alertes en cours',
			'Sauvegardes',
			'Messagerie',
			'Bornes',
			'Réclamations en retard',
			'Version et migrations'
		])
			await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
		const version = page.locator('#ops-version');
		await expect(version).toContainText(VERSION);
		await expect(version).toContainText('Démonstration');
		await expect(page.locator('#ops-backups')).toContainText('aucune (désactivée)');
		await expect(page.getByRole('link', { name: 'Ouvrir les réclamations reçues' })).toHaveAttribute(
			'href',
			'/gestion/reclamations'
		);
		const silentRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
		await expect(silentRow).toHaveCount(0);

		// Ten days without news (the tablet is off), then the check is run from the keyboard.
		const lastSeen = daysAgo(10);
		await su.collection('kiosks').update(kiosk.id, { last_seen_at: lastSeen.toISOString() });
		const check = page.getByRole('button', { name: 'Vérifier maintenant' });
		await tabTo(page, check);
		await page.keyboard.press('Enter');
		// The server's own watch (every 10 minutes) may have raised it a moment before the click: the
		// message then says nothing new, so only the outcome is asserted, not who raised it. The wording of
		// the message is unit-tested (src/lib/admin/operations.spec.ts).
		await expect(page.getByRole('status')).toContainText('Vérification terminée');
		await expect(check).toBeFocused();
		const overall = page.locator('#ops-overall');
		await expect(overall.getByRole('heading', { level: 2 })).toHaveText('À vérifier');
		await expect(overall).toContainText(`La borne « ${name} » (${METZ}) ne donne plus de nouvelles`);
		await expect(page.locator('#ops-alerts')).toContainText(`La borne « ${name} »`);
		await expect(silentRow.getByRole('cell')).toHaveText([METZ, new RegExp(frenchDay(lastSeen)), /^\d+$/]);
		await expectAccessible(page);

		// Revoked, the kiosk is no longer watched: the next check clears its alert.
		await su.collection('kiosks').update(kiosk.id, { status: 'revoked' });
		await check.click();
		// Its alert is gone (the alerts section itself goes when no alert is left).
		await expect(page.locator('#ops-alerts').getByText(`La borne « ${name} »`)).toHaveCount(0);
		await expect(page.locator('#ops-overall')).not.toContainText(name);
		await expect(silentRow).toHaveCount(0);
	} finally {
		// Whatever happened: the kiosk leaves the watch and its alert is cleared for the other specs.
		await su.collection('kiosks').update(kiosk.id, { status: 'revoked' });
		const { status } = await (
			await asAdmin(su)
		).send<{ status: { alerts: { key: string }[] } }>('/api/qep/status/check', { method: 'POST' });
		expect(status.alerts.map((a) => a.key)).not.toContain(key);
	}
});

for (const who of [referent, agent]) {
	test(`${who.email.split('@')[0]} opening the Exploitation page is told it is for administrators`, async ({
		page
	}) => {
		const asked: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/api/qep/status')) asked.push(request.url());
		});
		await useStaffSession(page.context(), who.email);
		await page.goto('/gestion');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('link', { name: /^Exploitation/ })).toHaveCount(0);

		await page.goto('/gestion/exploitation');
		await expect(
			page.getByRole('heading', { level: 2, name: 'Accès réservé aux administrateurs' })
		).toBeVisible();
		await expect(page.getByRole('main')).toContainText(
			'ne permet pas de consulter l’exploitation du service'
		);
		await expect(page.getByRole('button', { name: 'Vérifier maintenant' })).toHaveCount(0);
		expect(asked).toEqual([]);
		await expectAccessible(page);
	});
}
