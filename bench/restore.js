// `node bench/restore.js`: the restore drill's times on the demo prefecture (BENCH_RESPONSES=1000000 adds a
// year of survey responses, made by SQLite as in bench:indicators): a backup through the API,
// then, on the stopped server, the real restore command, then PocketBase serving again. Prints its figures;
// the last line is one JSON object. Not a test: nothing here passes or fails.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import PocketBase from 'pocketbase';
import { freePort, paths, prepareData, runCommand, startPocketBase } from '../scripts/lib/pocketbase.js';
import { SUPERUSER } from '../tests/support/server.js';
import { fillResponses } from './responses.js';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 0);
const ms = (start) => Math.round(performance.now() - start);
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'qep-bench-restore-'));
const serve = async () => startPocketBase({ dataDir, port: await freePort(), publicDir: paths.build });
let pb;
try {
	const { counts = {} } = await prepareData(dataDir, { seedDemo: true });
	if (RESPONSES > 0) {
		await fillResponses(dataDir, RESPONSES, new Date().toISOString().slice(0, 10));
	}
	await runCommand(dataDir, ['superuser', 'upsert', SUPERUSER.email, SUPERUSER.password]);
	pb = await serve();
	const su = new PocketBase(pb.url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(SUPERUSER.email, SUPERUSER.password);
	let start = performance.now();
	await su.backups.create('');
	const backupMs = ms(start);
	const [backup] = await su.backups.getFullList();
	const zip = path.join(dataDir, 'backups', backup.key);
	const dbBytes = (await stat(path.join(dataDir, 'data.db'))).size;
	await pb.stop();
	pb = null;

	start = performance.now();
	const { stdout } = await promisify(execFile)(process.execPath, [
		path.join(paths.root, 'scripts/restore.js'),
		zip,
		'--data',
		dataDir
	]);
	const restoreMs = ms(start);
	pb = await serve();
	const servingMs = ms(start);
	console.log(stdout.trim());
	const figures = {
		date: new Date().toISOString(),
		cpus: os.cpus().length,
		demoRows: counts,
		extraResponses: RESPONSES,
		dataDbBytes: dbBytes,
		backupBytes: backup.size,
		backupMs,
		restoreMs,
		servingAgainMs: servingMs
	};
	console.log(
		`data.db ${(dbBytes / 1e6).toFixed(1)} MB, backup ${(backup.size / 1e6).toFixed(1)} MB in ${backupMs} ms; ` +
			`restore ${restoreMs} ms; serving again ${servingMs} ms after the restore began`
	);
	console.log(JSON.stringify(figures));
} finally {
	await pb?.stop();
	const parent = path.dirname(dataDir);
	for (const name of await readdir(parent))
		if (name.startsWith(path.basename(dataDir)))
			await rm(path.join(parent, name), { recursive: true, force: true });
}
