import { describe, expect, it, vi } from 'vitest';
import { OIDC_LOGOUT, forgetOidcSession, rememberOidcSession, signOutEverywhere } from './oidc-session';

/** A Storage for the tests (the unit project runs without a DOM). */
function memoryStorage() {
	const items = new Map<string, string>();
	return {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key),
		items
	};
}

describe('signing out', () => {
	it('goes through the provider after dropping the session, when it came through the provider', () => {
		const storage = memoryStorage();
		rememberOidcSession(storage);
		const steps: string[] = [];
		signOutEverywhere(
			() => steps.push('clear'),
			storage,
			(url) => steps.push(url)
		);
		expect(steps).toEqual(['clear', OIDC_LOGOUT]);
		expect(storage.items.size).toBe(0);
	});

	it('stays here for a password session, and after a password sign-in that followed', () => {
		const storage = memoryStorage();
		const leave = vi.fn();
		signOutEverywhere(() => {}, storage, leave);
		rememberOidcSession(storage);
		forgetOidcSession(storage);
		signOutEverywhere(() => {}, storage, leave);
		expect(leave).not.toHaveBeenCalled();
	});
});
