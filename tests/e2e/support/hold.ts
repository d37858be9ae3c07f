import type { Page } from '@playwright/test';

/**
 * Holds back the requests to `url` (a glob) until the returned function is called, then lets them reach the
 * server: what a page draws while its data is on its way, on a weak network.
 */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(url, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
