// `npm start`: build what is stale, migrate, seed a demo on an empty database, serve API + app.
import { buildIfStale } from './lib/build.js';
import { readConfig } from './lib/config.js';
import { demoAccounts, prepareData, runCommand, startPocketBase } from './lib/pocketbase.js';

const config = readConfig();
if (!process.argv.includes('--no-build')) buildIfStale();

const seed = await prepareData(config.dataDir, { seedDemo: config.seedDemo });
if (seed.seeded) console.log(`Demo data created: ${JSON.stringify(seed.counts)}`);
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
Qual-e-pref is running.
  App:          ${url}/
  Back office:  ${url}/connexion
  API health:   ${url}/api/health
  Data folder:  ${config.dataDir}`);
if (config.seedDemo) {
	console.log('\nDemo staff accounts (created on the first start with an empty database):');
	for (const a of demoAccounts()) console.log(`  ${a.role.padEnd(24)} ${a.email.padEnd(34)} ${a.password}`);
}
console.log('\nStop with Ctrl+C.');

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, async () => {
		await pb.stop();
		process.exit(0);
	});
}
pb.child.on('exit', (code) => process.exit(code ?? 1));
