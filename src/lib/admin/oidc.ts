// Staff sign-in through the State's (ProConnect) or the prefecture's OpenID Connect provider. The server runs
// the flow (pocketbase/pb_hooks/lib/oidc-routes.js): the page asks whether a provider is configured, sends
// the browser to the start route, and the landing route trades the one-time code the callback puts in the
// fragment for the session's token (signing out of it: lib/state/oidc-session).
import * as z from 'zod/mini';
import { pb } from '$lib/pb/client';
import { staffRecordSchema, type Staff } from '$lib/pb/types';
import { rememberOidcSession, type FlagStorage } from '$lib/state/oidc-session';

/** Where the browser goes to sign in through the provider (a full navigation: the server redirects). */
export const OIDC_START = '/api/qep/oidc/start';

export interface OidcProvider {
	displayName: string;
	/** ProConnect, the State's federation: the page shows its official button instead of a generic one. */
	proconnect: boolean;
}

const infoSchema = z.object({ enabled: z.boolean(), displayName: z.nullable(z.string()) });

/** The provider to offer on the sign-in page, from GET /api/qep/oidc's answer, or null (no button). */
export function oidcProvider(answer: unknown): OidcProvider | null {
	const info = infoSchema.safeParse(answer).data;
	if (!info?.enabled) return null;
	const displayName = info.displayName?.trim() || 'OpenID Connect';
	return { displayName, proconnect: displayName.toLowerCase() === 'proconnect' };
}

/** Asks the server; throws the SDK's error (offline: the page stays as it is). */
export async function fetchOidcProvider(): Promise<OidcProvider | null> {
	return oidcProvider(await pb.send('/api/qep/oidc', { method: 'GET', requestKey: null }));
}

/**
 * Why the server sent the browser back to the sign-in page (`?oidc=…`): `no_account` (the provider knows
 * them, the prefecture does not: only an administrator creates accounts), `state` (expired or interrupted),
 * `claims` (an identity that did not pass the checks), `provider` (the provider failed or refused), or null.
 */
export function oidcRefusal(search: URLSearchParams): 'no_account' | 'state' | 'claims' | 'provider' | null {
	const code = search.get('oidc');
	return code === 'no_account' || code === 'state' || code === 'claims' || code === 'provider' ? code : null;
}

/** The one-time code the callback put in the landing URL's fragment (`#code=…`), or null. */
export function codeFromFragment(hash: string): string | null {
	const code = new URLSearchParams(hash.replace(/^#/, '')).get('code');
	return code && /^[A-Za-z0-9]{43}$/.test(code) ? code : null;
}

const handoffSchema = z.object({ token: z.string().check(z.regex(/^[\w-]+\.[\w-]+\.[\w-]+$/)) });

/**
 * Signs in with that code: the server gives the session's token once, to this browser only (its cookie),
 * and confirms the account; the device then remembers to sign out at the provider too.
 */
export async function signInWithCode(code: string, storage: FlagStorage = localStorage): Promise<Staff> {
	const answer = await pb.send('/api/qep/oidc/session', { method: 'POST', body: { code }, requestKey: null });
	pb.authStore.save(handoffSchema.parse(answer).token, null);
	try {
		const { record } = await pb.collection('staff').authRefresh({ requestKey: null });
		const staff = staffRecordSchema.parse(record);
		rememberOidcSession(storage);
		return staff;
	} catch (error) {
		pb.authStore.clear();
		throw error;
	}
}
