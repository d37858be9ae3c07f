// The app works under the Content-Security-Policy the server sends: no inline script but index.html's own
// (the start-up one and the theme one), allowed by their hashes, no framing. A page that needed more would report a violation here (and break).
import { expect, test, type Page } from '@playwright/test';
import { referent } from './support/accounts';
import { useStaffSession } from './support/staff-session';

/** Collects the policy violations the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} ${event.blockedURI}`)
		);
	});
	const logged: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
	});
	return async () => [
		...logged,
		...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))
	];
}

test('the home page renders under the policy and its service worker installs', async ({ page }) => {
	const violations = await watchViolations(page);
	const response = await page.goto('/');
	expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
	expect(await violations()).toEqual([]);
});

for (const path of ['/reclamation', '/suggestion', '/suivi', '/resultats', '/borne']) {
	test(`${path} renders under the policy, with no violation`, async ({ page }) => {
		const violations = await watchViolations(page);
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
		expect(await violations()).toEqual([]);
	});
}

for (const path of ['/gestion', '/gestion/indicateurs', '/gestion/affiches', '/gestion/bornes']) {
	test(`the back office's ${path} (charts, posters, QR codes) renders under the policy`, async ({
		page,
		context
	}) => {
		await useStaffSession(context, referent.email);
		const violations = await watchViolations(page);
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
		expect(await violations()).toEqual([]);
	});
}

test('no other site can frame the app', async ({ page }) => {
	await page.goto('/');
	const framed = await page.evaluate(async () => {
		const frame = document.createElement('iframe');
		frame.src = '/resultats';
		document.body.append(frame);
		await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
		try {
			return frame.contentDocument?.querySelector('h1') !== null && frame.contentDocument !== null;
		} catch {
			return false;
		}
	});
	expect(framed).toBe(false);
});
