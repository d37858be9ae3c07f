// Restores a PocketBase backup (a zip of pb_data) on a STOPPED instance:
//   node scripts/restore.js <backup.zip> [--data <dir>]      (dir: PB_DATA, default ./pb_data)
// It refuses while a PocketBase uses the folder, extracts the zip beside it, moves the current folder aside
// to <dir>.before-restore-<time> (never deleted), puts the extracted one in its place, keeps the local
// backups (hard links), and runs `migrate up` so a backup from an older release gets today's schema.
import {
	chmod,
	chown,
	link,
	mkdir,
	readFile,
	readdir,
	readlink,
	realpath,
	rename,
	rm,
	stat,
	statfs
} from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readConfig } from './lib/config.js';
import { runCommand } from './lib/pocketbase.js';
import { extract, listEntries } from './lib/zip.js';

const exists = (p) =>
	stat(p).then(
		() => true,
		() => false
	);

/** Linux's encoding of st_dev, as /proc/locks prints it (major:minor, hexadecimal). */
const devOf = (dev) => [(dev >> 8) & 0xfff, (dev & 0xff) | ((dev >> 12) & 0xfff00)];

/**
 * Processes holding a SQLite lock on the folder's databases (/proc/locks lists every process's POSIX
 * locks, whoever owns it). A PocketBase that has been idle for 3 minutes closes its connections and holds
 * none: hence the command-line check too.
 */
async function lockHolders(dir) {
	const files = new Map();
	for (const name of ['data.db', 'data.db-shm', 'auxiliary.db', 'auxiliary.db-shm']) {
		const s = await stat(path.join(dir, name)).catch(() => null);
		if (s) files.set(`${devOf(s.dev).join(':')}:${s.ino}`, name);
	}
	const reasons = [];
	for (const line of (await readFile('/proc/locks', 'utf8')).split('\n')) {
		const m = /\s(\d+)\s+([0-9a-f]+):([0-9a-f]+):(\d+)\s/.exec(line);
		const name = m && files.get(`${parseInt(m[2], 16)}:${parseInt(m[3], 16)}:${m[4]}`);
		if (name) reasons.push(`process ${m[1]} holds a lock on ${name}`);
	}
	return [...new Set(reasons)];
}

/** `pocketbase serve` processes whose --dir is this folder (relative --dir resolved from their cwd). */
async function servers(dir) {
	const reasons = [];
	for (const pid of (await readdir('/proc')).filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)) {
		const args = await readFile(`/proc/${pid}/cmdline`, 'utf8').then(
			(s) => s.split('\0'),
			() => []
		);
		if (!args.includes('serve')) continue;
		const i = args.findIndex((a) => a === '--dir' || a.startsWith('--dir='));
		if (i < 0) continue;
		const value = args[i] === '--dir' ? args[i + 1] : args[i].slice('--dir='.length);
		const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => '/');
		const used = await realpath(path.resolve(cwd, value ?? '')).catch(() => path.resolve(cwd, value ?? ''));
		if (used === dir) reasons.push(`process ${pid} is "${args.slice(0, 2).join(' ')}" on this folder`);
	}
	return reasons;
}

/**
 * Why the folder is in use: a lock on its databases, a `serve` process on it, or (for the configured
 * folder) a PocketBase answering at the configured address. Empty when it looks stopped.
 * @param {string} dataDir
 * @param {{ host: string, port: number, configured: boolean }} where
 */
export async function inUse(dataDir, { host, port, configured }) {
	const dir = await realpath(dataDir).catch(() => path.resolve(dataDir));
	const reasons = [];
	if (await exists('/proc/locks')) reasons.push(...(await lockHolders(dir)), ...(await servers(dir)));
	else console.warn('No /proc here: only the configured address is checked. Stop PocketBase first.');
	if (configured) {
		const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/api/health`;
		const answered = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
			(r) => r.ok,
			() => false
		);
		if (answered) reasons.push(`a server answers ${url}`);
	}
	return reasons;
}

/** Hard-links every file of `from` into `to` (same filesystem: no copy, and `from` keeps them). */
async function linkTree(from, to) {
	let count = 0;
	for (const entry of await readdir(from, { withFileTypes: true })) {
		const [a, b] = [path.join(from, entry.name), path.join(to, entry.name)];
		if (entry.isDirectory()) {
			await mkdir(b, { recursive: true });
			count += await linkTree(a, b);
		} else if (entry.isFile()) {
			await link(a, b);
			count++;
		}
	}
	return count;
}

/** Gives the restored tree to the owner of the folder it replaces, when run as root. */
async function chownTree(dir, uid, gid) {
	await chown(dir, uid, gid);
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const p = path.join(dir, entry.name);
		if (entry.isDirectory()) await chownTree(p, uid, gid);
		else await chown(p, uid, gid);
	}
}

/**
 * Restores `zip` into `dataDir`; throws (having changed nothing) when the folder is in use or the zip is
 * not a sound PocketBase backup.
 * @param {{ zip: string, dataDir: string, where: { host: string, port: number, configured: boolean },
 *   log?: (line: string) => void }} options
 */
export async function restore({ zip, dataDir, where, log = console.log }) {
	const started = Date.now();
	const source = path.resolve(zip);
	const target = path.resolve(dataDir);
	const entries = await listEntries(source);
	if (!entries.some((e) => e.name === 'data.db'))
		throw new Error(`${source} is not a PocketBase backup: it has no data.db`);
	const refuse = async () => {
		const reasons = await inUse(target, where);
		if (reasons.length > 0)
			throw new Error(`${target} is in use; stop PocketBase first:\n  - ${reasons.join('\n  - ')}`);
	};
	await refuse();

	const stamp = new Date()
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z');
	const fresh = `${target}.restoring-${stamp}`;
	const aside = `${target}.before-restore-${stamp}`;
	log(`Restoring ${source} (${entries.length} entries) into ${target}`);
	// Room for the extracted backup, keeping 5 % of the disk's free space for the server itself.
	const disk = await statfs(path.dirname(target));
	const maxBytes = Math.floor(disk.bavail * disk.bsize * 0.95);
	const prepared = async () => {
		const extracted = await extract(source, fresh, { maxBytes });
		log(`Extracted ${extracted.files} files, ${(extracted.bytes / 1e6).toFixed(1)} MB`);
		// Brought up to the installed schema before it replaces anything: a failing migration leaves the
		// current data where it is.
		const migrations = (await runCommand(fresh, ['migrate', 'up'])).trim();
		log(`migrate up: ${migrations.split('\n').join('\n  ') || 'done'}`);
		return { ...extracted, migrations };
	};
	const { files, bytes, migrations } = await prepared().catch(async (error) => {
		await rm(fresh, { recursive: true, force: true });
		throw error;
	});

	const previous = await stat(target).catch(() => null);
	if (previous) {
		if (await exists(path.join(target, 'backups'))) {
			await mkdir(path.join(fresh, 'backups'), { recursive: true });
			const kept = await linkTree(path.join(target, 'backups'), path.join(fresh, 'backups'));
			log(`Kept the ${kept} local backup file(s) in ${path.join(target, 'backups')}`);
		}
		if (process.getuid?.() === 0) await chownTree(fresh, previous.uid, previous.gid);
		await chmod(fresh, previous.mode & 0o7777);
		await refuse(); // once more: a server may have started while extracting
		await rename(target, aside);
		log(`Moved the previous data aside: ${aside} (kept; delete it once the restore is checked)`);
	}
	await rename(fresh, target);
	const ms = Date.now() - started;
	log(`Restored in ${(ms / 1000).toFixed(1)} s. Start PocketBase and check the application.`);
	return { files, bytes, aside: previous ? aside : null, migrations, ms };
}

async function main() {
	const usage = 'Usage: node scripts/restore.js <backup.zip> [--data <pb_data folder>]';
	let args;
	try {
		args = parseArgs({ allowPositionals: true, options: { data: { type: 'string' } } });
	} catch (error) {
		console.error(`${String(error)}\n${usage}`);
		return 2;
	}
	if (args.positionals.length !== 1) {
		console.error(usage);
		return 2;
	}
	const config = readConfig();
	const dataDir = path.resolve(args.values.data ?? config.dataDir);
	try {
		await restore({
			zip: args.positionals[0],
			dataDir,
			where: { host: config.host, port: config.port, configured: dataDir === config.dataDir }
		});
		return 0;
	} catch (error) {
		console.error(`Restore refused or failed: ${error instanceof Error ? error.message : String(error)}`);
		return 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
	process.exitCode = await main();
