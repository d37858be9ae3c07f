// Staff sign-in through the prefecture's OpenID Connect provider: offered only when the server enables
// one (named `oidc`, from OIDC_* environment variables, see pocketbase/pb_hooks/lib/oidc-settings.js).

import { httpStatus, isAbort } from '$lib/pb/errors';

/** The provider's name on the server. */
export const OIDC_PROVIDER = 'oidc';

export interface OAuthProvider {
	name: string;
	displayName: string;
}

/** What listAuthMethods() answers, as far as OAuth2 goes. */
export interface AuthMethods {
	oauth2?: { enabled?: boolean; providers?: readonly { name?: unknown; displayName?: unknown }[] };
}

/** The OIDC provider to offer on the sign-in page, or null (no button: the page stays as it is). */
export function oidcProvider(methods: AuthMethods | null | undefined): OAuthProvider | null {
	if (!methods?.oauth2?.enabled) return null;
	const provider = methods.oauth2.providers?.find((p) => p.name === OIDC_PROVIDER);
	if (!provider) return null;
	const displayName = typeof provider.displayName === 'string' ? provider.displayName.trim() : '';
	return { name: OIDC_PROVIDER, displayName: displayName || 'OpenID Connect' };
}

/**
 * Why an OAuth2 sign-in failed: `cancelled` (the person closed the window: say nothing), `no_account`
 * (the provider knows them, the prefecture does not: only an administrator creates accounts), or `other`.
 */
export function oauthFailure(error: unknown): 'cancelled' | 'no_account' | 'other' {
	if (isAbort(error)) return 'cancelled';
	const status = httpStatus(error);
	return status === 400 || status === 403 || status === 404 ? 'no_account' : 'other';
}
