import { expect, test } from '@playwright/test';
import type { TestServer } from '../support/server.js';
import { startOwnServer } from './support/own-server';

// This test owns its server so that it can really cut it: offline means nothing answers at all.
let server: TestServer;
test.beforeEach(async () => {
	server = await startOwnServer();
});
test.afterEach(async () => {
	await server?.stop();
});

test('after one visit the app loads with the network cut, deep links included', async ({ page, context }) => {
	await page.goto(`${server.url}/`);
	await expect(page.getByRole('banner')).toContainText('Préfecture de démonstration');
	// The service worker has precached the shell once it controls the page.
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);

	await server.stop();
	await context.setOffline(true);

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('banner')).toContainText('Préfecture de démonstration');

	await page.goto(`${server.url}/mentions-legales`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/mentions légales/i);
	await page.goto(`${server.url}/connexion`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
