// `npm start`: build what is stale, migrate, seed a demo on an empty database (demo mode only), serve API
// + app. With QEP_MODE=production: no demo, and PocketBase refuses a database that holds one.
import { buildIfStale } from './lib/build.js';
import { readConfig } from './lib/config.js';
import { prepareData, runCommand, startPocketBase } from './lib/pocketbase.js';

const config = readConfig();
if (!process.argv.includes('--no-build')) buildIfStale();

const seed = await prepareData(config.dataDir, { seedDemo: config.seedDemo });
if (seed.seeded) console.log(`Demo data created: ${JSON.stringify(seed.counts)}`);
// Optional: a superuser for PocketBase's own dashboard (/_/), from the operator's environment.
if (process.env.PB_ADMIN_EMAIL && process.env.PB_ADMIN_PASSWORD) {
	await runCommand(config.dataDir, [
		'superuser',
		'upsert',
		process.env.PB_ADMIN_EMAIL,
		process.env.PB_ADMIN_PASSWORD
	]);
}

const url = `http://${config.host}:${config.port}`;
// Links in e-mails (tracking, inbox) point to APP_URL: the public address when behind a proxy.
const pb = await startPocketBase({
	...config,
	stdio: ['ignore', 'inherit', 'inherit'],
	env: { APP_URL: process.env.APP_URL || url }
});
console.log(`
Qual-e-pref is running (${config.mode} mode).
  App:          ${url}/
  Back office:  ${url}/connexion
  API health:   ${url}/api/health
  Data folder:  ${config.dataDir}`);
if (seed.accounts) {
	console.log('\nDemo staff accounts. Their passwords are shown now and never again: note them.');
	for (const a of seed.accounts) console.log(`  ${a.role.padEnd(9)} ${a.email.padEnd(31)} ${a.password}`);
} else if (config.seedDemo) {
	console.log('\nDemo passwords were shown at the first start. A new one: npm run staff -- password <email>');
} else if (config.mode === 'production') {
	console.log('\nFirst administrator: npm run staff -- create <email> "<name>" admin');
}
console.log('\nStop with Ctrl+C.');

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, async () => {
		await pb.stop();
		process.exit(0);
	});
}
pb.child.on('exit', (code) => process.exit(code ?? 1));
