// Helpers for the complaint and suggestion journeys: filling the form as a person would, and reading the
// device's own database (real IndexedDB in Chromium).
import type { Page } from '@playwright/test';

/** Rows in a table of the app's IndexedDB database ('outbox', 'rejected', 'receipts'). */
export function countRows(page: Page, table: 'outbox' | 'rejected' | 'receipts'): Promise<number> {
	return page.evaluate(
		(name) =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('qual-e-pref');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains(name)) return resolve(0);
					const request = db.transaction(name).objectStore(name).count();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				};
			}),
		table
	);
}

export interface ComplaintInput {
	kind?: 'Réclamation' | 'Demande d’information';
	subject?: string;
	description?: string;
	name?: string;
	email?: string;
	address?: string;
	phone?: string;
}

/** Fills the complaint form by its labels (site and point preselected by the URL or fixed on a kiosk). */
export async function fillComplaint(page: Page, input: ComplaintInput) {
	// DSFR draws its own radio over the input: a person clicks the label.
	if (input.kind)
		await page
			.locator(`label[for="complaint-kind-${input.kind === 'Réclamation' ? 'complaint' : 'information'}"]`)
			.click();
	if (input.subject !== undefined) await page.getByLabel('Objet').fill(input.subject);
	if (input.description !== undefined) await page.getByLabel('Description').fill(input.description);
	if (input.name !== undefined) await page.getByLabel('Nom et prénom').fill(input.name);
	if (input.email !== undefined) await page.getByLabel('Adresse électronique').fill(input.email);
	if (input.address !== undefined) await page.getByLabel('Adresse postale').fill(input.address);
	if (input.phone !== undefined) await page.getByLabel(/^Téléphone/).fill(input.phone);
}

/** A unique address at the test domain, so that each test finds its own mail. */
export const uniqueEmail = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}@example.org`;

/** The reference shown on an acknowledgement ("2026-R-000123"). */
export const REFERENCE = /\d{4}-[RI]-\d{6}/;

/** The complaints' delivery route, as Playwright matches it. */
export const COMPLAINTS_ROUTE = '**/api/qep/complaints';

/**
 * From now on, the server refuses every complaint the page sends with these field codes (as it would a
 * service name longer than its limit); `page.unroute(COMPLAINTS_ROUTE)` lets them through again.
 */
export async function refuseComplaints(page: Page, errors: Record<string, string>): Promise<void> {
	await page.route(COMPLAINTS_ROUTE, async (route) => {
		const { items } = route.request().postDataJSON() as { items: { id: string }[] };
		await route.fulfill({
			status: 200,
			contentType: 'application/json',
			body: JSON.stringify({ results: [{ id: items[0]!.id, status: 'rejected', errors }] })
		});
	});
}
