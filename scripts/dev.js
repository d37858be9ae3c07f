// `npm run dev`: PocketBase (hooks reloaded on change) and Vite's dev server, which proxies /api to it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { readConfig } from './lib/config.js';
import { paths, prepareData, startPocketBase } from './lib/pocketbase.js';

const config = readConfig();
await prepareData(config.dataDir, { seedDemo: config.seedDemo });
const pb = await startPocketBase({ ...config, hooksWatch: true, stdio: ['ignore', 'inherit', 'inherit'] });
const vite = spawn(process.execPath, [path.join(paths.root, 'node_modules/vite/bin/vite.js'), 'dev'], {
	cwd: paths.root,
	stdio: 'inherit',
	env: { ...process.env, PB_DEV_URL: pb.url }
});

async function stopAll() {
	vite.kill('SIGTERM');
	await pb.stop();
	process.exit(0);
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
vite.on('exit', stopAll);
