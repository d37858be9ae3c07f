import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';
import { paths } from './pocketbase.js';

describe('readConfig', () => {
	it('starts a demo on 127.0.0.1:8090 with pb_data beside the code by default', () => {
		expect(readConfig({})).toEqual({
			host: '127.0.0.1',
			port: 8090,
			dataDir: path.join(paths.root, 'pb_data'),
			mode: 'demo',
			seedDemo: true
		});
	});

	it('lets a demo start empty', () => {
		expect(readConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
		expect(readConfig({ SEED_DEMO: 'No' }).seedDemo).toBe(false);
	});

	it('never seeds the demo in production, whatever SEED_DEMO says', () => {
		const config = readConfig({ QEP_MODE: 'production', SEED_DEMO: 'true', PB_DATA: '/var/lib/qual-e-pref' });
		expect(config).toMatchObject({ mode: 'production', seedDemo: false, dataDir: '/var/lib/qual-e-pref' });
	});

	it('refuses an unknown mode and a port that is not one', () => {
		expect(() => readConfig({ QEP_MODE: 'prod' })).toThrow(/QEP_MODE/);
		expect(() => readConfig({ PORT: '99999' })).toThrow(/PORT/);
	});
});
