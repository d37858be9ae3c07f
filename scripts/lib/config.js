// Run-time configuration of `npm start` and `npm run dev`, from the environment.
import path from 'node:path';
import { paths } from './pocketbase.js';

/** Reads HOST, PORT, PB_DATA and SEED_DEMO. */
export function readConfig(env = process.env) {
	const port = Number(env.PORT ?? 8090);
	if (!Number.isInteger(port) || port < 1 || port > 65535)
		throw new Error(`PORT must be a TCP port, not "${env.PORT}"`);
	return {
		host: env.HOST ?? '127.0.0.1',
		port,
		dataDir: path.resolve(paths.root, env.PB_DATA ?? 'pb_data'),
		seedDemo: !['0', 'false', 'no'].includes(String(env.SEED_DEMO ?? 'true').toLowerCase())
	};
}
