// `npm run test:e2e`: builds the app, starts a throwaway PocketBase with the demo prefecture serving it,
// mailing to a local SMTP sink and signing staff in through an OpenID Connect provider that behaves like
// ProConnect (tests/support/oidc-provider.js), runs Playwright in real Chromium against it, and stops them
// all whatever happened.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale } from './lib/build.js';
import { INSTALL_HELP, findChromium } from './lib/chromium.js';
import { paths } from './lib/pocketbase.js';
import PocketBase from 'pocketbase';
import { SUPERUSER, startTestServer } from '../tests/support/server.js';
import { startSmtpSink } from '../tests/support/smtp-sink.js';
import { startWithProvider } from '../tests/support/oidc-provider.js';

/**
 * Every browser of the run shares one address, so the per-address limits on anonymous complaints (6 a
 * minute) and tracking look-ups (10 a minute) would throttle the suite, not a spammer. The limits
 * themselves are tested in tests/integration/settings.test.ts; here those two routes get room for the run.
 */
const WIDENED = ['/api/qep/complaints', '/api/qep/track', '/api/qep/track/erase'];
async function widenGuestLimits(su) {
	const { rateLimits } = await su.settings.getAll();
	const rules = rateLimits.rules.map((rule) =>
		WIDENED.includes(rule.label) ? { ...rule, maxRequests: 600 } : rule
	);
	await su.settings.update({ rateLimits: { ...rateLimits, rules } });
}

const chromium = await findChromium();
if (!chromium) {
	console.error(INSTALL_HELP);
	process.exit(1);
}

buildIfStale();
const sink = await startSmtpSink();
// Staff sign in through a provider that behaves like ProConnect, started for this server.
const { server, provider } = await startWithProvider(
	(env) => startTestServer({ seedDemo: true, publicDir: paths.build, env: { ...sink.env, ...env } }),
	{ env: { OIDC_DISPLAY_NAME: 'ProConnect' } }
);
let code;
try {
	// One superuser sign-in for the run (sign-ins are rate-limited per address); the tests reuse its token.
	const su = new PocketBase(server.url);
	await su.collection('_superusers').authWithPassword(SUPERUSER.email, SUPERUSER.password);
	await widenGuestLimits(su);
	const playwright = spawn(
		process.execPath,
		[path.join(paths.root, 'node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)],
		{
			cwd: paths.root,
			stdio: 'inherit',
			env: {
				...process.env,
				E2E_BASE_URL: server.url,
				E2E_MAIL_URL: sink.httpUrl,
				E2E_OIDC_ISSUER: provider.issuer,
				E2E_SUPERUSER_TOKEN: su.authStore.token,
				// The demo's staff with the passwords generated for this run's server.
				E2E_DEMO_ACCOUNTS: JSON.stringify(server.accounts),
				CHROMIUM_PATH: chromium
			}
		}
	);
	const stop = () => playwright.kill('SIGTERM');
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	code = await new Promise((resolve) => playwright.on('exit', (c) => resolve(c ?? 1)));
} finally {
	await provider.stop();
	await server.stop();
	await sink.stop();
}
process.exit(code);
