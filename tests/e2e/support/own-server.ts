// For the tests that need a server of their own (to cut it, or to count exactly what reached it).
import { test } from '@playwright/test';
import { paths } from '../../../scripts/lib/pocketbase.js';
import { startTestServer, type TestServer } from '../../support/server.js';

/**
 * Starts a throwaway PocketBase with the demo prefecture serving the built app, from a test's beforeEach.
 * Three PocketBase runs migrate, seed and add a superuser before it serves: about 9–10 s at a load average
 * of 7 on 2 cores. That is setup, not the journey: the test's budget grows by the time it took.
 * `env`: the server's environment on top of the test run's (e.g. APP_URL, TRUSTED_PROXY_HEADERS).
 */
export async function startOwnServer({ env }: { env?: NodeJS.ProcessEnv } = {}): Promise<TestServer> {
	const started = Date.now();
	const server = await startTestServer({ seedDemo: true, publicDir: paths.build, env });
	test.info().setTimeout(test.info().timeout + (Date.now() - started));
	return server;
}
