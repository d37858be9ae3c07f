import { browser } from '$app/environment';
import { isAbort } from '$lib/pb/errors';
import * as policies from '$lib/pb/policies';
import type { Policy } from '$lib/pb/types';

const STORAGE_KEY = 'qep.policy';

/** The prefecture's public policy, cached on the device so the name shows offline after a reload. */
class Config {
	#policy = $state<Policy | null>(browser ? readCache() : null);
	#loading: Promise<void> | null = null;

	/** The last known policy, or null when it was never loaded on this device. */
	get current(): Policy | null {
		return this.#policy;
	}

	/** The prefecture's name, or null when unknown (callers show a neutral fallback). */
	get organisationName(): string | null {
		return this.#policy?.organisation_name || null;
	}

	/** Fetches the policy once per app start; offline, the cached value stays. */
	load(): Promise<void> {
		this.#loading ??= policies
			.atStart()
			.then((policy) => {
				if (!policy) return;
				this.#policy = policy;
				writeCache(policy);
			})
			.catch((error: unknown) => {
				this.#loading = null;
				if (!isAbort(error)) console.warn('Policy not loaded; keeping the cached copy.', error);
			});
		return this.#loading;
	}
}

function readCache(): Policy | null {
	try {
		const raw = localStorage.getItem(STORAGE_KEY);
		return raw ? (JSON.parse(raw) as Policy) : null;
	} catch {
		return null;
	}
}

function writeCache(policy: Policy): void {
	try {
		localStorage.setItem(STORAGE_KEY, JSON.stringify(policy));
	} catch {
		// Storage full or disabled: the name simply will not survive an offline reload.
	}
}

export const config = new Config();
