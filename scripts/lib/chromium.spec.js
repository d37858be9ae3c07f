import { describe, expect, it } from 'vitest';
import { INSTALL_HELP, findChromium } from './chromium.js';

describe('findChromium', () => {
	it('prefers CHROMIUM_PATH when it exists', async () => {
		expect(await findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe(
			'/opt/chrome'
		);
	});

	it('does not fall back silently when CHROMIUM_PATH is wrong', async () => {
		expect(await findChromium({ CHROMIUM_PATH: '/nowhere' }, (p) => p === '/usr/bin/chromium')).toBeNull();
	});

	it('finds the Debian package', async () => {
		expect(await findChromium({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
	});

	it('says how to install one', () => {
		expect(INSTALL_HELP).toMatch(/apt-get install chromium/);
		expect(INSTALL_HELP).toMatch(/CHROMIUM_PATH/);
	});
});
