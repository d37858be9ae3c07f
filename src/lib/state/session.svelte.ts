import { browser } from '$app/environment';
import { ClientResponseError } from 'pocketbase';
import * as auth from '$lib/pb/auth';
import type { Staff } from '$lib/pb/types';
import { forgetOidcSession, signOutEverywhere } from './oidc-session';
import { sessionLoaded } from './session-ref.svelte';

/** The staff member signed in on this device, kept in step with the SDK's auth store. */
export class Session {
	#staff = $state<Staff | null>(browser ? auth.currentStaff() : null);
	#leaving = $state(false);

	constructor() {
		if (browser) auth.onChange(() => (this.#staff = auth.currentStaff()));
	}

	/** The signed-in staff member, or null. */
	get current(): Staff | null {
		return this.#staff;
	}

	/** True once a sign-out is on its way to the provider: the page is about to be left, nothing to redirect. */
	get leaving(): boolean {
		return this.#leaving;
	}

	/** Signs in; throws the SDK error (400 for wrong credentials) for the form to show. */
	async signIn(email: string, password: string): Promise<Staff> {
		const staff = await auth.signIn(email, password);
		forgetOidcSession(localStorage);
		return staff;
	}

	/** Signs out on this device, and at the provider when the session came through it (./oidc-session). */
	signOut(): void {
		signOutEverywhere(auth.signOut, localStorage, (url) => {
			this.#leaving = true;
			window.location.assign(url);
		});
	}

	/** Renews the token when online; signs out if the server refused it (revoked account, expiry). */
	async refresh(): Promise<void> {
		if (!this.#staff) return;
		try {
			await auth.refresh();
		} catch (error) {
			if (error instanceof ClientResponseError && (error.status === 401 || error.status === 403)) {
				auth.signOut();
			}
		}
	}
}

export const session = new Session();
// The header of every page follows it from there (session-ref.svelte.ts).
sessionLoaded(session);
