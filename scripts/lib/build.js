// Rebuilds the SPA only when a source is newer than the last build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { paths } from './pocketbase.js';

const SOURCES = [
	'src',
	'static',
	'messages',
	'pocketbase/pb_hooks/lib/languages.json',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json',
	'scripts/finish-build.js',
	'scripts/lib'
];

/**
 * Written by the build's last step (scripts/finish-build.js) once the pages are checked and compressed; SvelteKit
 * empties its output folder when a build starts, so a build that failed on the way leaves none.
 */
export const BUILD_FINISHED = path.join(paths.root, '.svelte-kit/output/qep-build-finished');
const GENERATED = new Set(['generated']);

function newestMtime(file) {
	if (!existsSync(file)) return 0;
	const stat = statSync(file);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(file)) {
		if (GENERATED.has(entry)) continue;
		newest = Math.max(newest, newestMtime(path.join(file, entry)));
	}
	return newest;
}

/** True when build/ is missing, was not finished, or is older than any source file. */
export function buildIsStale(root = paths.root) {
	const marker = path.join(root, path.relative(paths.root, BUILD_FINISHED));
	if (!existsSync(marker) || !existsSync(path.join(root, 'build/200.html'))) return true;
	const built = statSync(marker).mtimeMs;
	return SOURCES.some((source) => newestMtime(path.join(root, source)) > built);
}

/**
 * Runs `vite build`, then checks its pages and compresses its text files (scripts/finish-build.js), when the
 * build is stale, in one line of output ("Building the web app… done in 41 s");
 * the build's own report (hundreds of lines) is shown only when a step fails, and then the error is thrown.
 */
export function buildIfStale({ force = false } = {}) {
	if (!force && !buildIsStale()) return false;
	process.stdout.write('Building the web app… ');
	const started = Date.now();
	const steps = [
		{ name: 'vite build', args: [path.join(paths.root, 'node_modules/vite/bin/vite.js'), 'build'] },
		{ name: 'finishing', args: [path.join(paths.root, 'scripts/finish-build.js')] }
	];
	for (const { name, args } of steps) {
		const result = spawnSync(process.execPath, args, {
			cwd: paths.root,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		});
		if (result.status !== 0) {
			console.log('failed:');
			console.log(`${result.stdout ?? ''}${result.stderr ?? ''}`);
			throw new Error(`${name} failed`, { cause: result.error });
		}
	}
	console.log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
	return true;
}
