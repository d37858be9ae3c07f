// Before the retention erases an item (/gestion/conservation): the referent sees what is anonymised soon,
// an administrator holds an item with a reason and a last day (recorded in its trail), then lifts the hold;
// agents are told the page is not theirs. The demo's items are recent, so the policy's retention is cut to
// one month for the test: an item answered today then falls due in about a month, inside a 40-day window.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { agent, demoAccount, referent } from './support/accounts';
import { superuser } from './support/api';
import { expectAccessible } from './support/axe';
import { frenchDay } from './support/dates';
import { fileComplaint, staffClient } from './support/desk';
import { useStaffSession } from './support/staff-session';

const admin = demoAccount('admin');
const WINDOW = '/gestion/conservation?jours=40';
const DAY = 86_400_000;

async function pageAs(browser: Browser, email: string): Promise<Page> {
	const context = await browser.newContext();
	await useStaffSession(context, email);
	return context.newPage();
}

test('the referent sees an item due for anonymisation; an administrator holds it, then lifts the hold', async ({
	browser
}) => {
	// A long journey: three sessions, four accessibility scans.
	test.slow();
	const su = await superuser();
	const policy = await su.collection('policies').getFirstListItem('');
	const previousMonths: number = policy.retention_months;
	// An item of this test's own, answered today by the Metz agent.
	const desk = await staffClient(agent);
	const { id, reference } = await fileComplaint(desk);
	await desk.send(`/api/qep/complaints/${id}/answer`, {
		method: 'POST',
		body: { text: 'Votre dossier a été retrouvé et traité.' }
	});
	await su.collection('policies').update(policy.id, { retention_months: 1 });

	try {
		// What the page should show for it: the erasure day the route computes, on the Paris clock.
		const listed = await (
			await staffClient(referent)
		).send<{ items: { id: string; expiresAt: string }[] }>('/api/qep/retention/expiring', {
			query: { days: 40 }
		});
		const expiresAt = listed.items.find((item) => item.id === id)?.expiresAt ?? '';
		const dueIn = Date.parse(expiresAt) - Date.now();
		expect(dueIn).toBeGreaterThan(27 * DAY);
		expect(dueIn).toBeLessThan(32 * DAY);
		const erasure = frenchDay(new Date(expiresAt));

		// The referent: the page from the hub, then the 40-day window; the row, and no hold button.
		const page = await pageAs(browser, referent.email);
		await page.goto('/gestion');
		await page.getByRole('link', { name: 'Conservation des données' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conservation des données');
		await expect(page.getByText('rendues anonymes 1 mois après leur dernière action')).toBeVisible();
		await page.goto(WINDOW);
		const row = page.getByRole('row', { name: new RegExp(reference) });
		await expect(row).toContainText(erasure);
		await expect(row).toContainText('Réclamation');
		await expect(row).toContainText('Metz');
		await expect(row).toContainText('Aucune');
		await expect(row.getByRole('link', { name: reference })).toHaveAttribute(
			'href',
			`/gestion/reclamations/${id}`
		);
		await expect(page.getByRole('button', { name: /^Conserver/ })).toHaveCount(0);
		await expect(page.getByText('Seuls les administrateurs peuvent conserver')).toBeVisible();
		await expectAccessible(page);

		// The administrator holds it, with the keyboard.
		const adminPage = await pageAs(browser, admin.email);
		await adminPage.goto(WINDOW);
		const adminRow = adminPage.getByRole('row', { name: new RegExp(reference) });
		await expect(adminRow).toContainText(erasure);
		await expectAccessible(adminPage);
		const holdButton = adminRow.getByRole('button', { name: `Conserver la demande ${reference}` });
		await holdButton.focus();
		await adminPage.keyboard.press('Enter');
		const dialog = adminPage.getByRole('dialog', { name: `Conserver la demande ${reference}` });
		const until = dialog.getByLabel(/^Conserver jusqu’au/);
		const reason = dialog.getByLabel(/^Motif/);
		await expect(until).toBeFocused();
		// The device's checks first, next to each field; focus on the first one.
		await dialog.getByRole('button', { name: 'Conserver', exact: true }).press('Enter');
		await expect(dialog.locator('#hold-until-messages')).toHaveText(
			'Indiquez jusqu’à quel jour conserver la demande.'
		);
		await expect(dialog.locator('#hold-reason-messages')).toHaveText('Indiquez le motif de la conservation.');
		await expect(until).toBeFocused();
		await expect(until).toHaveAttribute('aria-invalid', 'true');
		await expectAccessible(adminPage);

		const lastDay = new Date(Date.now() + 90 * DAY);
		const lastDayISO = lastDay.toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' });
		const lastDayText = frenchDay(lastDay);
		const motive = `Recours contentieux ${crypto.randomUUID().slice(0, 6)}`;
		// Chromium's date input takes Tab between its day, month and year: fill it, then the reason.
		await until.fill(lastDayISO);
		// Invisible characters pass the device's length check; the server's refusal shows next to the field.
		await reason.fill('\u200b\u200b\u200b\u200b');
		await dialog.getByRole('button', { name: 'Conserver', exact: true }).press('Enter');
		await expect(reason).toBeFocused();
		await expect(reason).toHaveAttribute('aria-invalid', 'true');
		await expect(dialog.locator('#hold-reason-messages')).not.toBeEmpty();
		await expect(dialog.locator('#hold-until-messages')).toBeEmpty();
		expect((await su.collection('complaints').getOne(id)).hold_until).toBe('');
		await reason.fill(motive);
		await dialog.getByRole('button', { name: 'Conserver', exact: true }).press('Enter');
		await expect(dialog).toBeHidden();
		await expect(
			adminPage
				.getByRole('status')
				.filter({ hasText: `La demande ${reference} est conservée jusqu’au ${lastDayText}.` })
		).toBeVisible();
		await expect(adminRow).toContainText(`Conservée jusqu’au ${lastDayText}\u00a0: ${motive}`);
		await expect(holdButton).toBeFocused();
		await expect
			.poll(async () => {
				const stored = await su.collection('complaints').getOne(id);
				return [stored.hold_until, stored.hold_reason];
			})
			.toEqual([lastDayISO, motive]);

		// The item's trail tells the hold.
		await adminRow.getByRole('link', { name: reference }).click();
		const history = adminPage.locator('#complaint-history');
		await expect(history).toContainText('Conservation décidée jusqu’au');
		await expect(history).toContainText(motive);

		// The administrator lifts the hold, after confirming.
		await adminPage.goto(WINDOW);
		await adminRow.getByRole('button', { name: `Lever la conservation de la demande ${reference}` }).click();
		const confirm = adminPage.getByRole('dialog', {
			name: `Lever la conservation de la demande ${reference}\u00a0?`
		});
		await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
		await expectAccessible(adminPage);
		await confirm.getByRole('button', { name: 'Lever la conservation' }).click();
		await expect(confirm).toBeHidden();
		await expect(
			adminPage
				.getByRole('status')
				.filter({ hasText: `La conservation de la demande ${reference} est levée.` })
		).toBeVisible();
		await expect(adminRow).toContainText('Aucune');
		await expect(adminRow.getByRole('button', { name: /^Lever la conservation/ })).toHaveCount(0);
		await expect.poll(async () => (await su.collection('complaints').getOne(id)).hold_until).toBe('');
		await adminRow.getByRole('link', { name: reference }).click();
		await expect(adminPage.locator('#complaint-history')).toContainText('Conservation levée');
	} finally {
		await su.collection('policies').update(policy.id, { retention_months: previousMonths });
	}
});

test('an agent is told the page is for the referent and administrators', async ({ page, context }) => {
	await useStaffSession(context, agent.email);
	await page.goto('/gestion');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Conservation des données' })).toHaveCount(0);
	await page.goto('/gestion/conservation');
	await expect(
		page.getByRole('heading', { name: 'Accès réservé au référent qualité et aux administrateurs' })
	).toBeVisible();
	await expect(page.getByText('Votre rôle (agent) ne permet pas de consulter la conservation')).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(0);
});
