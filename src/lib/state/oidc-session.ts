// Whether this device's staff session came through the OpenID Connect provider (ProConnect): then signing
// out must end the provider's session too, or the next person at a shared computer would be signed in again
// as this agent by the provider's button. The landing page sets the flag (lib/admin/oidc), a password
// sign-in drops it, the sign-out reads it.

/** Where the browser goes to sign out at the provider too (the server redirects, or back to /connexion). */
export const OIDC_LOGOUT = '/api/qep/oidc/logout';
const OIDC_SESSION_KEY = 'qep.oidc.session';

export type FlagStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The session that just started came through the provider. */
export function rememberOidcSession(storage: FlagStorage): void {
	storage.setItem(OIDC_SESSION_KEY, '1');
}

/** A session that did not come through the provider (a password sign-in): its sign-out stays here. */
export function forgetOidcSession(storage: FlagStorage): void {
	storage.removeItem(OIDC_SESSION_KEY);
}

/**
 * Signs out: `clear` drops the session here, then, when it came through the provider, `leave` goes to the
 * provider's sign-out.
 */
export function signOutEverywhere(
	clear: () => void,
	storage: FlagStorage,
	leave: (url: string) => void
): void {
	const atProvider = storage.getItem(OIDC_SESSION_KEY) !== null;
	forgetOidcSession(storage);
	clear();
	if (atProvider) leave(OIDC_LOGOUT);
}
