// What an operator gets from the two ways to start (scripts/start.js, run for real as a child process):
// `npm start` on an empty folder prints demo passwords that exist nowhere else, once; the production mode
// never creates the demo, refuses a database that holds it, and its first administrator comes from the
// command line (`npm run staff`).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, paths, startPocketBase } from '../../scripts/lib/pocketbase.js';

const run = promisify(execFile);

/** `node scripts/start.js --no-build` on a folder and port; resolves with its output once it serves. */
async function start(dataDir: string, env: NodeJS.ProcessEnv = {}) {
	const port = await freePort();
	const child = spawn(process.execPath, ['scripts/start.js', '--no-build'], {
		cwd: paths.root,
		env: { ...process.env, PB_DATA: dataDir, PORT: String(port), QEP_MODE: '', SEED_DEMO: '', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	const ready = await new Promise<boolean>((resolve) => {
		child.stdout!.on('data', () => output.includes('Stop with Ctrl+C') && resolve(true));
		void exited.then(() => resolve(false));
	});
	return { child, ready, output: () => output, exited, url: `http://127.0.0.1:${port}` };
}

const stop = async (child: ChildProcess, exited: Promise<number | null>) => {
	child.kill('SIGTERM');
	return exited;
};

const client = (url: string) => {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	return pb;
};

describe('npm start and the production mode', () => {
	let demoDir: string;
	let prodDir: string;
	beforeAll(async () => {
		demoDir = await mkdtemp(path.join(os.tmpdir(), 'qep-start-demo-'));
		prodDir = await mkdtemp(path.join(os.tmpdir(), 'qep-start-prod-'));
	});
	afterAll(async () => {
		await rm(demoDir, { recursive: true, force: true });
		await rm(prodDir, { recursive: true, force: true });
	});

	it('prints demo passwords on the first start only, that sign in and appear nowhere in the repository', async () => {
		const first = await start(demoDir);
		expect(first.ready).toBe(true);
		const printed = [...first.output().matchAll(/^\s+(\w+)\s+(\S+@demo\.qual-e-pref\.fr)\s+(\S+)$/gm)].map(
			([, role = '', email = '', password = '']) => ({ role, email, password })
		);
		expect(printed.map((a) => a.role).sort()).toEqual(['admin', 'agent', 'agent', 'referent']);
		expect(new Set(printed.map((a) => a.password)).size).toBe(4);
		for (const { email, password } of printed) {
			expect(
				(await client(first.url).collection('staff').authWithPassword(email, password)).record.email
			).toBe(email);
			// `git grep` exits 1 when nothing matches: the password is in no tracked file.
			const found = await run('git', ['grep', '-F', '-q', password], { cwd: paths.root }).then(
				() => true,
				(error: { code?: number }) => (error.code === 1 ? false : Promise.reject(error))
			);
			expect(found, `${email}'s password is in the repository`).toBe(false);
		}
		expect(await stop(first.child, first.exited)).toBe(0);
		// PocketBase's installer stayed off: no dashboard link with a token, no `go run` advice (nor a browser).
		expect(first.output()).not.toMatch(/pbinstall|superuser upsert/);

		// The second start, with a dashboard superuser from the environment.
		const superuser = { email: 'ops@example.org', password: 'a-long-superuser-password' };
		const second = await start(demoDir, {
			PB_ADMIN_EMAIL: superuser.email,
			PB_ADMIN_PASSWORD: superuser.password
		});
		expect(second.ready).toBe(true);
		for (const { password } of printed) expect(second.output()).not.toContain(password);
		expect(second.output()).toMatch(/npm run staff -- password/);
		// That superuser is the only one: the locked stand-in is gone, and the installer never made its own.
		const su = client(second.url);
		await su.collection('_superusers').authWithPassword(superuser.email, superuser.password);
		const superusers = await su.collection('_superusers').getFullList({ fields: 'email' });
		expect(superusers.map((r) => r.email)).toEqual([superuser.email]);
		await stop(second.child, second.exited);
	});

	it('refuses to serve, in production, a database that holds the demo', async () => {
		const refused = await start(demoDir, {
			QEP_MODE: 'production',
			APP_URL: 'https://qualite.example.gouv.fr'
		});
		expect(refused.ready).toBe(false);
		expect(await refused.exited).not.toBe(0);
		expect(refused.output()).toMatch(
			/refuses to start: this database holds the demo \(7 account\(s\), site\(s\) or policy/
		);
	});

	it('serves production on an empty folder with `pocketbase serve` alone (as the container does), every time', async () => {
		// PocketBase runs the hook files in no set order (a Go map): the production checks must not depend on
		// the proxy hook having run first. Four starts, so that an order-dependent check would show.
		for (let i = 0; i < 4; i++) {
			const dataDir = await mkdtemp(path.join(os.tmpdir(), 'qep-serve-prod-'));
			try {
				const pb = await startPocketBase({
					dataDir,
					port: await freePort(),
					env: {
						QEP_MODE: 'production',
						APP_URL: 'https://avis.prefecture.example',
						TRUSTED_PROXY_HEADERS: 'X-Real-IP'
					}
				});
				try {
					expect((await fetch(`${pb.url}/api/health`)).status, `start ${i + 1}`).toBe(200);
				} finally {
					await pb.stop();
				}
			} finally {
				await rm(dataDir, { recursive: true, force: true });
			}
		}
	});

	it('starts production on an empty folder with no demo and no data, then takes its first administrator from the command line', async () => {
		const prod = await start(prodDir, {
			QEP_MODE: 'production',
			SEED_DEMO: 'true',
			TRUSTED_PROXY_HEADERS: 'X-Real-IP'
		});
		try {
			expect(prod.ready).toBe(true);
			expect(prod.output()).toMatch(/production mode/);
			expect(prod.output()).not.toMatch(/@demo\.qual-e-pref\.fr/);
			const guest = client(prod.url);
			expect((await guest.collection('sites').getList(1, 1)).totalItems).toBe(0);
			expect((await guest.collection('questionnaires').getList(1, 1)).totalItems).toBe(0);

			const { stdout } = await run(
				process.execPath,
				['scripts/staff.js', 'create', 'Chef@Example.gouv.fr', 'Alice Martin', 'admin'],
				{
					cwd: paths.root,
					env: { ...process.env, PB_DATA: prodDir, QEP_MODE: 'production' }
				}
			);
			const password = /shown only now: (\S+)/.exec(stdout)?.[1] ?? '';
			expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
			const admin = client(prod.url);
			const auth = await admin.collection('staff').authWithPassword('chef@example.gouv.fr', password);
			expect(auth.record).toMatchObject({ role: 'admin', name: 'Alice Martin' });
			// The only account, and no superuser was made for the operator.
			expect((await admin.collection('staff').getList(1, 10)).totalItems).toBe(1);
		} finally {
			await stop(prod.child, prod.exited);
		}
	});
});
