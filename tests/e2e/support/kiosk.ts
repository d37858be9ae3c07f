// Enrols the browser page as a kiosk of the demo prefecture, the way a referent and a tablet would.
import { expect, type Page } from '@playwright/test';
import { protectPin } from '../../../src/lib/domain/pin';
import { createMetzKiosk } from '../../support/demo.js';
import { referent, superuser } from './api';

export const KIOSK_PIN = '246810';

/**
 * Creates a kiosk at Metz's reception desk with PIN 246810, opens its enrolment link, lands on /borne.
 * `url`: the PocketBase the referent's side talks to; `appUrl`: where the tablet opens the app (by default
 * the same; '' for the page's own base URL, e.g. behind a proxy Node cannot call).
 */
export async function enrolKiosk(
	page: Page,
	{
		url,
		appUrl = url ?? '',
		name = `Borne de test ${crypto.randomUUID().slice(0, 8)}`,
		languages = ['fr', 'en']
	}: {
		url?: string;
		appUrl?: string;
		name?: string;
		/** The languages the kiosk offers. */
		languages?: string[];
	} = {}
): Promise<{ id: string; name: string }> {
	const su = await superuser(url);
	const kiosk = await createMetzKiosk(su, { name, languages });
	const pin = await protectPin(KIOSK_PIN);
	await (await referent(su)).send(`/api/qep/kiosks/${kiosk.id}/pin`, { method: 'POST', body: pin });
	const { code } = await (
		await referent(su)
	).send<{ code: string }>(`/api/qep/kiosks/${kiosk.id}/enrolment`, {
		method: 'POST'
	});
	await page.goto(`${appUrl}/borne/inscription#${code}`);
	await expect(page.getByText(name)).toBeVisible();
	await page.goto(`${appUrl}/borne`);
	return { id: kiosk.id, name };
}

/** Answers the kiosk's survey from the welcome screen ("Satisfait" everywhere), sends it, returns to welcome. */
export async function answerKioskSurvey(
	page: Page,
	{ questions = 5 }: { questions?: number } = {}
): Promise<void> {
	await page.getByRole('button', { name: /Français/ }).click();
	for (let i = 0; i < questions; i++) {
		await expect(page.getByText(`Question ${i + 1} sur ${questions}`)).toBeVisible();
		await page.getByRole('button', { name: /^Satisfait/ }).click();
	}
	await page.getByRole('button', { name: 'Envoyer' }).click();
	await expect(page.getByRole('heading', { name: /Merci pour votre avis/ })).toBeVisible();
	await page.getByRole('button', { name: 'Terminer' }).click();
	await expect(page.getByRole('button', { name: /Français/ })).toBeVisible();
}

/**
 * Cuts the kiosk's network once its service worker controls the page (so that the app's code still loads):
 * what is submitted from then on stays in the outbox.
 */
export async function takeOffline(page: Page): Promise<void> {
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker?.controller !== null), { timeout: 20_000 })
		.toBe(true);
	await page.context().setOffline(true);
}
