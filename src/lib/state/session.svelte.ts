import { browser } from '$app/environment';
import { ClientResponseError } from 'pocketbase';
import * as auth from '$lib/pb/auth';
import type { Staff } from '$lib/pb/types';

/** The staff member signed in on this device, kept in step with the SDK's auth store. */
class Session {
	#staff = $state<Staff | null>(browser ? auth.currentStaff() : null);

	constructor() {
		if (browser) auth.onChange(() => (this.#staff = auth.currentStaff()));
	}

	/** The signed-in staff member, or null. */
	get current(): Staff | null {
		return this.#staff;
	}

	/** Signs in; throws the SDK error (400 for wrong credentials) for the form to show. */
	async signIn(email: string, password: string): Promise<Staff> {
		return auth.signIn(email, password);
	}

	/** Signs in through an OAuth2 provider; throws the SDK error for the page to explain. */
	async signInWithOAuth2(provider: string): Promise<Staff> {
		return auth.signInWithOAuth2(provider);
	}

	/** Signs out on this device. */
	signOut(): void {
		auth.signOut();
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
