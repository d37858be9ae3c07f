import { describe, expect, it, vi } from 'vitest';
import { reloadIfNewVersion } from './new-version';

describe('reloadIfNewVersion', () => {
	it('reloads when the server serves another version of the app', async () => {
		const reload = vi.fn();
		await reloadIfNewVersion(async () => true, reload);
		expect(reload).toHaveBeenCalledOnce();
	});

	it('leaves the page as it is when the version is the same (a first visit’s worker taking over)', async () => {
		const reload = vi.fn();
		await reloadIfNewVersion(async () => false, reload);
		expect(reload).not.toHaveBeenCalled();
	});

	it('leaves the page as it is when the version cannot be asked for (offline)', async () => {
		const reload = vi.fn();
		await reloadIfNewVersion(() => Promise.reject(new TypeError('Failed to fetch')), reload);
		expect(reload).not.toHaveBeenCalled();
	});
});
