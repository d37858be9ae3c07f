import { defineConfig, devices } from '@playwright/test';

// The server is started by scripts/e2e.js (`npm run test:e2e`), which also finds Chromium.
const baseURL = process.env.E2E_BASE_URL;
if (!baseURL) throw new Error('Run the end-to-end tests with `npm run test:e2e`.');

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: true,
	// Sized for a busy 2-core CI machine, where PocketBase and the test runner share the cores with Chromium.
	// Measured on one (load average 7–12): one worker ran the 78 tests in 12.0 min, each journey about a third
	// faster than beside a second worker, which ran them in 9.3 min. The few minutes buy a wider margin under
	// every budget. A bigger machine can pass `--workers=2` (`npm run test:e2e -- --workers=2`).
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	// Budgets for that machine too. A long journey asks for three times this one with test.slow(); a wait
	// is always on a condition, never a sleep, so a fast machine finishes long before any budget.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL,
		locale: 'fr-FR',
		timezoneId: 'Europe/Paris',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH,
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run',
						'--disable-quic'
					]
				}
			}
		}
	]
});
