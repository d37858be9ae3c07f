import { describe, expect, it, vi } from 'vitest';
import { AUTH_STORAGE_KEY } from '$lib/pb/auth-storage';
import { followStoredSession } from './session-ref.svelte';

/** A device's storage holding `stored` (null: no session), and a window that dispatches storage events. */
function device(stored: string | null) {
	const storage = {
		value: stored,
		getItem: (key: string) => (key === AUTH_STORAGE_KEY ? storage.value : null)
	};
	const target = new EventTarget();
	const storageEvent = (key: string) => target.dispatchEvent(Object.assign(new Event('storage'), { key }));
	return { storage, target, storageEvent };
}

describe('followStoredSession', () => {
	it('loads the session at once when the device stores one', () => {
		const { storage, target } = device('{"token":"t"}');
		const load = vi.fn(async () => undefined);
		followStoredSession(storage, target, load);
		expect(load).toHaveBeenCalledOnce();
	});

	it('never loads it on a device without a session (a citizen’s)', () => {
		const { storage, target, storageEvent } = device(null);
		const load = vi.fn(async () => undefined);
		followStoredSession(storage, target, load);
		storageEvent('qep.policy');
		storageEvent(AUTH_STORAGE_KEY);
		expect(load).not.toHaveBeenCalled();
	});

	it('loads it once another tab stores one, and no longer after being stopped', () => {
		const { storage, target, storageEvent } = device(null);
		const load = vi.fn(async () => undefined);
		const stop = followStoredSession(storage, target, load);
		storage.value = '{"token":"t"}';
		storageEvent('qep.policy');
		expect(load).not.toHaveBeenCalled();
		storageEvent(AUTH_STORAGE_KEY);
		expect(load).toHaveBeenCalledOnce();
		stop();
		storageEvent(AUTH_STORAGE_KEY);
		expect(load).toHaveBeenCalledOnce();
	});

	it('does without a session where storage is refused', () => {
		const target = new EventTarget();
		const refused = {
			getItem: () => {
				throw new DOMException('Access denied', 'SecurityError');
			}
		};
		const load = vi.fn(async () => undefined);
		expect(() => followStoredSession(refused, target, load)).not.toThrow();
		expect(load).not.toHaveBeenCalled();
	});

	it('keeps the page working when the session cannot be loaded (offline, its code not cached)', async () => {
		const { storage, target } = device('{"token":"t"}');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		followStoredSession(storage, target, () => Promise.reject(new TypeError('Failed to fetch')));
		await vi.waitFor(() => expect(warn).toHaveBeenCalledOnce());
		warn.mockRestore();
	});
});
