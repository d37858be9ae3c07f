// The staff session as the header of every page shows it, without the SDK in a visitor's first load. The
// session itself (session.svelte.ts) needs the SDK: it is loaded where a staff member may be signed in, that
// is when this device stores a session (now, or later from another tab), or when a page that needs it (the
// sign-in page, the back office) loads it anyway. A citizen's device stores none: it never loads it. On a
// staff member's device, the header shows the staff area's link for the moment the session takes to load
// (a stored token that has expired loads it too, and the session then finds no one signed in).
import { AUTH_STORAGE_KEY } from '$lib/pb/auth-storage';
import type { Session } from './session.svelte';

let loaded = $state.raw<Session | null>(null);

/** The session once loaded (null before: no staff member known yet). */
export const sessionRef = {
	get current(): Session | null {
		return loaded;
	}
};

/** Called once by session.svelte.ts as it loads. */
export function sessionLoaded(session: Session): void {
	loaded = session;
}

/**
 * Calls `load` (which loads session.svelte.ts) when `storage` holds a session, now or once another tab
 * stores one (a `storage` event on `target`). Returns the function that stops following.
 */
export function followStoredSession(
	storage: Pick<Storage, 'getItem'>,
	target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
	load: () => Promise<unknown>
): () => void {
	const check = () => {
		try {
			if (storage.getItem(AUTH_STORAGE_KEY) === null) return;
		} catch {
			// Storage refused (blocked, sandboxed): no session can be stored here either.
			return;
		}
		load().catch((error: unknown) => console.warn('Staff session not loaded.', error));
	};
	const onStorage = (event: Event) => {
		if ((event as StorageEvent).key === AUTH_STORAGE_KEY) check();
	};
	check();
	target.addEventListener('storage', onStorage);
	return () => target.removeEventListener('storage', onStorage);
}
