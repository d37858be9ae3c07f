import { describe, expect, it, vi } from 'vitest';
import { deployedVersion, reloadUnlessSameVersion } from './new-version';

describe('reloadUnlessSameVersion', () => {
	it('leaves the page as it is when the server serves this very version (a first visit’s worker taking over)', async () => {
		const reload = vi.fn();
		await reloadUnlessSameVersion(async () => '1765000000000', '1765000000000', reload);
		expect(reload).not.toHaveBeenCalled();
	});

	it('reloads for another version, or when the version cannot be known', async () => {
		const reload = vi.fn();
		await reloadUnlessSameVersion(async () => '1765000009999', '1765000000000', reload);
		await reloadUnlessSameVersion(
			() => Promise.reject(new TypeError('Failed to fetch')),
			'1765000000000',
			reload
		);
		expect(reload).toHaveBeenCalledTimes(2);
	});
});

describe('deployedVersion', () => {
	const answering = (status: number, body: unknown) =>
		vi.fn(async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

	it('reads SvelteKit’s version file, past any cache', async () => {
		const fetcher = answering(200, { version: '1765000000000' });
		expect(await deployedVersion(fetcher)).toBe('1765000000000');
		expect(fetcher).toHaveBeenCalledWith('/_app/version.json', { cache: 'no-store' });
	});

	it('fails on an error status or a file without a version', async () => {
		await expect(deployedVersion(answering(503, {}))).rejects.toThrow();
		await expect(deployedVersion(answering(200, { version: 42 }))).rejects.toThrow();
		await expect(deployedVersion(answering(200, null))).rejects.toThrow();
	});
});
