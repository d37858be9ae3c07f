import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeWindow } from '$lib/test/fake-window';
import { whenOnline } from './when-online';

beforeEach(() => {
	vi.restoreAllMocks();
	vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('loading code when online', () => {
	it('loads at once when online', () => {
		const load = vi.fn(async () => {});
		whenOnline(load, fakeWindow(true) as never);
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('does not ask while offline, then loads once the network is back', () => {
		const window = fakeWindow(false);
		const load = vi.fn(async () => {});
		whenOnline(load, window as never);
		expect(load).not.toHaveBeenCalled();
		window.goOnline();
		window.goOnline();
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('tries again at the next `online` event while it fails, and stops when told', async () => {
		const window = fakeWindow(true);
		const load = vi.fn(async () => {}).mockRejectedValueOnce(new TypeError('Failed to fetch'));
		whenOnline(load, window as never);
		await vi.waitFor(() => expect(console.warn).toHaveBeenCalledTimes(1));
		window.goOnline();
		expect(load).toHaveBeenCalledTimes(2);

		const later = vi.fn(async () => {});
		const offline = fakeWindow(false);
		const stop = whenOnline(later, offline as never);
		stop();
		offline.goOnline();
		expect(later).not.toHaveBeenCalled();
	});
});
