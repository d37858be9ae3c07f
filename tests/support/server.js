// A throwaway real PocketBase for tests: fresh temp data folder, free port, a superuser, always stopped.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, prepareData, runCommand, startPocketBase } from '../../scripts/lib/pocketbase.js';

export const SUPERUSER = { email: 'superuser@tests.invalid', password: 'superuser-password-0' };

/**
 * `accounts`: the demo's staff with the passwords generated for them (empty without the demo).
 * @typedef {{ url: string, dataDir: string, accounts: import('../../scripts/lib/pocketbase.js').DemoAccount[],
 *   stop: () => Promise<void> }} TestServer
 */

/**
 * Starts PocketBase on a new database; `seedDemo` fills it with the demo prefecture.
 * @param {{ seedDemo?: boolean, publicDir?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<TestServer>}
 */
export async function startTestServer({ seedDemo = false, publicDir, env } = {}) {
	const dataDir = await mkdtemp(path.join(os.tmpdir(), 'qep-pb-'));
	try {
		const seed = await prepareData(dataDir, { seedDemo });
		await runCommand(dataDir, ['superuser', 'upsert', SUPERUSER.email, SUPERUSER.password]);
		const port = await freePort();
		const pb = await startPocketBase({
			dataDir,
			port,
			publicDir: publicDir ?? path.join(dataDir, 'public'),
			// APP_URL: where the links in e-mails point (the app is served by this same server).
			env: { APP_URL: `http://127.0.0.1:${port}`, ...env }
		});
		return {
			url: pb.url,
			dataDir,
			accounts: seed.accounts ?? [],
			stop: async () => {
				await pb.stop();
				await rm(dataDir, { recursive: true, force: true });
			}
		};
	} catch (error) {
		await rm(dataDir, { recursive: true, force: true });
		throw error;
	}
}
