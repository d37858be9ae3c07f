// Opens the back office as a given member of staff without the sign-in form: a superuser (never
// rate-limited) impersonates the account, and the token goes where the SDK keeps its session. The
// sign-in form itself is exercised by the tests that are about signing in.
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type PocketBase from 'pocketbase';
import { superuser } from './api';

/** A superuser client (signed in once for the whole run, see api.ts). */
export const su = (): Promise<PocketBase> => superuser();

/** Puts a session for the staff account with this e-mail into the context's storage (before any page loads). */
export async function useStaffSession(context: BrowserContext, email: string): Promise<void> {
	const admin = await su();
	const record = await admin
		.collection('staff')
		.getFirstListItem(admin.filter('email = {:email}', { email }));
	const client = await admin.collection('staff').impersonate(record.id, 3600);
	const auth = JSON.stringify({ token: client.authStore.token, record: client.authStore.record });
	await context.addInitScript((value) => {
		if (!localStorage.getItem('pocketbase_auth')) localStorage.setItem('pocketbase_auth', value);
	}, auth);
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, who: { email: string; password: string }) {
	await page.goto('/connexion');
	await page.getByLabel(/adresse électronique/i).fill(who.email);
	await page.getByLabel(/mot de passe/i).fill(who.password);
	await page.getByRole('button', { name: /se connecter/i }).click();
	await expect(page).toHaveURL(/\/gestion$/);
}
