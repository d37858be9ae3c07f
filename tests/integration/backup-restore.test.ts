// Backups and the restore drill, on PocketBase servers of this file's own (it stops them and restores
// their folders, so never the shared server): data → backup → more data and files → restore with the real
// command → exactly the backup's rows and files, migrations in place, the app serving. Then a backup
// that fails: one 'failed' row each time, one e-mail to the administrators until a backup succeeds again.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	commonFlags,
	freePort,
	paths,
	pocketbaseBin,
	prepareData,
	runCommand,
	startPocketBase
} from '../../scripts/lib/pocketbase.js';
import { FILES, complaintItem, submitWithFiles } from '../support/complaints';
import { statusOf } from '../support/http';
import { SUPERUSER } from '../support/server.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { createWorld, superClient, type World } from '../support/world';

type Server = Awaited<ReturnType<typeof startPocketBase>>;
type Sink = Awaited<ReturnType<typeof startSmtpSink>>;

const hasBuild = existsSync(path.join(paths.build, 'index.html'));
const tmpDirs: string[] = [];

/** A migrated data folder with the test superuser, removed (with what the restore put beside it) at the end. */
async function newDataDir() {
	const dataDir = await mkdtemp(path.join(os.tmpdir(), 'qep-restore-'));
	tmpDirs.push(dataDir);
	await prepareData(dataDir, { seedDemo: false });
	await runCommand(dataDir, ['superuser', 'upsert', SUPERUSER.email, SUPERUSER.password]);
	return dataDir;
}

async function serve(dataDir: string, env: Record<string, string>) {
	const port = await freePort();
	return startPocketBase({
		dataDir,
		port,
		publicDir: hasBuild ? paths.build : path.join(dataDir, 'public'),
		env: { APP_URL: `http://127.0.0.1:${port}`, ...env }
	});
}

/**
 * The previous release: PocketBase with every migration but the latest, started by hand because `serve`
 * applies whatever migration it is given.
 */
async function startPreviousRelease() {
	const dataDir = await mkdtemp(path.join(os.tmpdir(), 'qep-restore-'));
	const migrations = await mkdtemp(path.join(os.tmpdir(), 'qep-restore-'));
	tmpDirs.push(dataDir, migrations);
	const names = (await readdir(paths.migrations)).filter((n) => n.endsWith('.js')).sort();
	for (const name of names.slice(0, -1))
		await copyFile(path.join(paths.migrations, name), path.join(migrations, name));
	const run = (args: string[]) => runCommand(dataDir, args, { migrationsDir: migrations });
	await run(['migrate', 'up']);
	await run(['superuser', 'upsert', SUPERUSER.email, SUPERUSER.password]);
	const url = `http://127.0.0.1:${await freePort()}`;
	const flags = commonFlags(dataDir, migrations);
	const child = spawn(pocketbaseBin(), ['serve', `--http=${url.slice(7)}`, ...flags], { stdio: 'ignore' });
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const stop = async () => {
		child.kill('SIGTERM');
		await exited;
	};
	const deadline = Date.now() + 30_000;
	while (
		!(await fetch(`${url}/api/health`).then(
			(r) => r.ok,
			() => false
		))
	) {
		if (Date.now() > deadline || child.exitCode !== null) {
			await stop();
			throw new Error('the previous release did not start');
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return { url, dataDir, missing: names.at(-1)!, stop };
}

/** Runs the real restore command; never throws, so a refusal can be examined. */
async function restoreCommand(zip: string, dataDir: string) {
	try {
		const { stdout, stderr } = await promisify(execFile)(
			process.execPath,
			['scripts/restore.js', zip, '--data', dataDir],
			{ cwd: paths.root }
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

/** Every record of every collection (system ones included), by collection, sorted by id. */
async function allRows(su: PocketBase) {
	const rows: Record<string, unknown[]> = {};
	for (const c of await su.collections.getFullList({ sort: 'name' }))
		rows[c.name] = await su.collection(c.name).getFullList({ sort: 'id', batch: 1000 });
	return rows;
}

/** Every file under pb_data/storage (uploads and their .attrs metadata) → SHA-256 of its bytes. */
async function storedFiles(dataDir: string) {
	const root = path.join(dataDir, 'storage');
	if (!existsSync(root)) return {};
	const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
	const entries = await Promise.all(
		files.map(async (d) => {
			const file = path.join(d.parentPath, d.name);
			const hash = createHash('sha256')
				.update(await readFile(file))
				.digest('hex');
			return [path.relative(root, file), hash] as const;
		})
	);
	return Object.fromEntries(entries.sort());
}

/** The names (without PocketBase's random suffix) of the files uploaded with one record. */
const uploads = (files: Record<string, string>, recordId: string) =>
	Object.keys(files)
		.filter((f) => f.split('/')[1] === recordId && !f.endsWith('.attrs'))
		.map((f) => path.basename(f).replace(/_\w+\.\w+$/, ''))
		.sort();

const backupEvents = (su: PocketBase) =>
	su.collection('ops_events').getFullList({ filter: 'kind = "backup"', sort: 'created' });

// The folders, and what the restores put beside them (.before-restore-…), once every server has stopped.
afterAll(async () => {
	for (const dir of tmpDirs) {
		const parent = path.dirname(dir);
		for (const name of await readdir(parent))
			if (name.startsWith(path.basename(dir)))
				await rm(path.join(parent, name), { recursive: true, force: true });
	}
});

describe('backup and restore drill', () => {
	let sink: Sink;
	let dataDir = '';
	let server: Server | null = null;
	let su: PocketBase;
	let w: World;
	let zip = '';
	let atBackup: { rows: Record<string, unknown[]>; files: Record<string, string> };
	let later: { complaint: string; site: string };
	let first = '';

	const pdf = { name: 'convocation.pdf', type: 'application/pdf', bytes: FILES.pdf };
	const png = { name: 'ticket.png', type: 'image/png', bytes: FILES.png };

	beforeAll(async () => {
		sink = await startSmtpSink();
		dataDir = await newDataDir();
		server = await serve(dataDir, sink.env);
		su = await superClient(server.url, SUPERUSER);
		w = await createWorld(su);
		const item = complaintItem(w);
		expect((await submitWithFiles(w.clients.agent, item, [pdf]))[0]!.status).toBe('created');
		first = item.id;
	});

	afterAll(async () => {
		await server?.stop();
		await sink?.stop();
	});

	it('makes a backup and records it as ok, for admins only', async () => {
		atBackup = { rows: await allRows(su), files: await storedFiles(dataDir) };
		expect(uploads(atBackup.files, first)).toEqual(['convocation']);
		await su.backups.create('');
		const [backup] = await su.backups.getFullList();
		zip = path.join(dataDir, 'backups', backup!.key);
		const events = await backupEvents(su);
		expect(events).toMatchObject([{ key: 'backup', outcome: 'ok' }]);
		expect(events[0]!.detail).toBe(`${backup!.key} (${backup!.size} octets)`);
		expect(await w.clients.admin.collection('ops_events').getFullList()).toHaveLength(1);
		expect(await w.clients.referent.collection('ops_events').getFullList()).toEqual([]);
	});

	it('keeps changing after the backup: more rows and files', async () => {
		const item = complaintItem(w);
		expect((await submitWithFiles(w.clients.agent, item, [pdf, png]))[0]!.status).toBe('created');
		const site = await su.collection('sites').create(w.make.site());
		later = { complaint: item.id, site: site.id };
		const files = await storedFiles(dataDir);
		expect(uploads(files, item.id)).toEqual(['convocation', 'ticket']);
		expect(Object.keys(files).length).toBeGreaterThan(Object.keys(atBackup.files).length);
	});

	it('refuses to restore while PocketBase runs on the folder, changing nothing', async () => {
		const before = await readdir(path.dirname(dataDir));
		const result = await restoreCommand(zip, dataDir);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/is in use; stop PocketBase first/);
		expect(result.stderr).toContain(`process ${server!.child.pid}`);
		expect(await readdir(path.dirname(dataDir))).toEqual(before);
		expect(existsSync(path.join(dataDir, 'storage'))).toBe(true);
	});

	it('restores exactly the backup’s rows and files, migrations in place, and the app serves', async () => {
		await server!.stop();
		server = null;
		const started = Date.now();
		const result = await restoreCommand(zip, dataDir);
		const restoreMs = Date.now() - started;
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/Moved the previous data aside: .*\.before-restore-\d{8}T\d{6}Z/);
		expect(result.stdout).toMatch(/migrate up: No new migrations to apply/);

		server = await serve(dataDir, sink.env);
		const restarted = Date.now() - started;
		// The token from before: signing in again would touch _authOrigins, a row of the backup.
		su = await superClient(server.url, { ...SUPERUSER, token: su.authStore.token });
		expect(await allRows(su)).toEqual(atBackup.rows);
		expect(await storedFiles(dataDir)).toEqual(atBackup.files);
		expect(await statusOf(su.collection('complaints').getOne(later.complaint))).toBe(404);
		expect(await statusOf(su.collection('sites').getOne(later.site))).toBe(404);
		// The folder it replaced is kept whole, and the local backups are still listed.
		const aside = /aside: (\S+)/.exec(result.stdout)![1]!;
		expect(uploads(await storedFiles(aside), later.complaint)).toEqual(['convocation', 'ticket']);
		expect((await su.backups.getFullList()).map((b) => b.key)).toEqual([path.basename(zip)]);
		// Serving: the health route, the public API, the app's page.
		expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
		expect((await fetch(`${server.url}/api/collections/sites/records`)).status).toBe(200);
		if (hasBuild) expect(await (await fetch(`${server.url}/`)).text()).toContain('<html');
		console.log(
			`restore drill: ${Object.values(atBackup.rows).flat().length} rows, ` +
				`${Object.keys(atBackup.files).length} file(s); restore ${restoreMs} ms, serving again after ${restarted} ms`
		);
	});

	it('brings a backup from the previous release up to date', async () => {
		const previous = await startPreviousRelease();
		try {
			const oldSu = await superClient(previous.url, SUPERUSER);
			await oldSu.backups.create('');
			const [backup] = await oldSu.backups.getFullList();
			const target = path.join(previous.dataDir, 'restored');
			const result = await restoreCommand(path.join(previous.dataDir, 'backups', backup!.key), target);
			expect(result.code).toBe(0);
			expect(result.stdout).toContain(`Applied ${previous.missing}`);
			expect(result.stdout).not.toContain('Moved the previous data aside');
		} finally {
			await previous.stop();
		}
		const collections = (await su.collections.getFullList({ sort: 'name' })).map((c) => c.name);
		const restored = await serve(path.join(previous.dataDir, 'restored'), {});
		try {
			const restoredSu = await superClient(restored.url, SUPERUSER);
			expect((await restoredSu.collections.getFullList({ sort: 'name' })).map((c) => c.name)).toEqual(
				collections
			);
		} finally {
			await restored.stop();
		}
	});
});

describe('a failing backup', () => {
	let sink: Sink;
	let server: Server;
	let su: PocketBase;
	let admin = '';

	beforeAll(async () => {
		sink = await startSmtpSink();
		// An S3 target nobody listens on: every upload is refused.
		const closed = await freePort();
		server = await serve(await newDataDir(), {
			...sink.env,
			BACKUP_S3_ENDPOINT: `http://127.0.0.1:${closed}`,
			BACKUP_S3_BUCKET: 'qep-backups',
			BACKUP_S3_REGION: 'fr-par',
			BACKUP_S3_ACCESS_KEY: 'key',
			BACKUP_S3_SECRET: 'secret',
			BACKUP_S3_FORCE_PATH_STYLE: 'true'
		});
		su = await superClient(server.url, SUPERUSER);
		// Staff of every role; only the administrator is to be alerted.
		admin = (await createWorld(su)).people.admin.email;
	});

	afterAll(async () => {
		await server?.stop();
		await sink?.stop();
	});

	const failBackup = async () => expect(su.backups.create('')).rejects.toMatchObject({ status: 400 });
	const alertMails = () => sink.messages().filter((m) => /sauvegarde a échoué/.test(m.subject));

	it('takes its S3 target from the environment', async () => {
		const { backups } = await su.settings.getAll();
		expect(backups.s3).toMatchObject({ enabled: true, bucket: 'qep-backups', forcePathStyle: true });
		expect(backups.cron).toBe('');
	});

	it('records each failure and e-mails each administrator once until a backup succeeds', async () => {
		await failBackup();
		const [failed] = await backupEvents(su);
		expect(failed).toMatchObject({ outcome: 'failed' });
		expect(failed!.detail).toMatch(/connection refused/);
		// Sent during the request: the sink already has it when the answer comes.
		expect(alertMails().map((m) => m.to)).toEqual([[admin]]);
		expect(alertMails()[0]!.subject).toBe('Qual-e-pref : la sauvegarde a échoué');
		expect(alertMails()[0]!.text).toMatch(/Erreur : .*connection refused/);

		await failBackup();
		expect((await backupEvents(su)).map((e) => e.outcome)).toEqual(['failed', 'failed']);
		expect(alertMails()).toHaveLength(1);

		// Fixed: the next backup succeeds and clears the alert, so a new failure is e-mailed again.
		await su.settings.update({ backups: { s3: { enabled: false } } });
		await su.backups.create('');
		await su.settings.update({ backups: { s3: { enabled: true } } });
		await failBackup();
		expect((await backupEvents(su)).map((e) => e.outcome)).toEqual(['failed', 'failed', 'ok', 'failed']);
		const alerts = await su
			.collection('ops_events')
			.getFullList({ filter: 'kind = "alert"', sort: 'created' });
		expect(alerts.map((a) => [a.key, a.outcome])).toEqual([
			['backup', 'raised'],
			['backup', 'cleared'],
			['backup', 'raised']
		]);
		expect(alertMails().map((m) => m.to)).toEqual([[admin], [admin]]);
	});
});
