// Run-time configuration of `npm start` and `npm run dev`, from the environment.
import { createRequire } from 'node:module';
import path from 'node:path';
import { paths } from './pocketbase.js';

// The same reading of QEP_MODE as the server's (one rule, in the hooks' library).
const { runMode } = createRequire(import.meta.url)('../../pocketbase/pb_hooks/lib/run-mode.js');

/**
 * Reads QEP_MODE, HOST, PORT, PB_DATA and SEED_DEMO. Production never seeds the demo, whatever SEED_DEMO
 * says; PocketBase itself (pb_hooks/02_production.pb.js) refuses to serve a database that holds it.
 */
export function readConfig(env = process.env) {
	const mode = runMode((/** @type {string} */ name) => env[name] ?? '');
	const port = Number(env.PORT ?? 8090);
	if (!Number.isInteger(port) || port < 1 || port > 65535)
		throw new Error(`PORT must be a TCP port, not "${env.PORT}"`);
	return {
		host: env.HOST ?? '127.0.0.1',
		port,
		dataDir: path.resolve(paths.root, env.PB_DATA ?? 'pb_data'),
		mode,
		seedDemo: mode === 'demo' && !['0', 'false', 'no'].includes(String(env.SEED_DEMO ?? 'true').toLowerCase())
	};
}
