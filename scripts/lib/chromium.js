// Finds a Chromium to drive: $CHROMIUM_PATH, a system package, or Playwright's own download.
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

/** Path of a Chromium executable, or null when none is installed. */
export async function findChromium(env = process.env, exists = existsSync) {
	if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
	const system = SYSTEM_PATHS.find((p) => exists(p));
	if (system) return system;
	try {
		const { chromium } = await import('@playwright/test');
		const bundled = chromium.executablePath();
		return bundled && exists(bundled) ? bundled : null;
	} catch {
		return null;
	}
}

export const INSTALL_HELP = `No Chromium found for the end-to-end tests.
Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install chromium
  any platform:   npx playwright install chromium
or point CHROMIUM_PATH at an existing Chromium or Chrome executable.`;
