// Rebuilds the SPA only when a source is newer than the last build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { paths } from './pocketbase.js';

const SOURCES = [
	'src',
	'static',
	'messages',
	'project.inlang/settings.json',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json',
	'scripts/lib/pwa-manifest.js'
];
const GENERATED = new Set(['paraglide']);

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

/** True when build/ is missing or older than any source file. */
export function buildIsStale(root = paths.root) {
	const marker = path.join(root, 'build/index.html');
	if (!existsSync(marker)) return true;
	const built = statSync(marker).mtimeMs;
	return SOURCES.some((source) => newestMtime(path.join(root, source)) > built);
}

/** Runs `vite build` when the build is stale; throws when the build fails. */
export function buildIfStale({ force = false } = {}) {
	if (!force && !buildIsStale()) return false;
	console.log('Building the web app…');
	const result = spawnSync(
		process.execPath,
		[path.join(paths.root, 'node_modules/vite/bin/vite.js'), 'build'],
		{
			cwd: paths.root,
			stdio: 'inherit'
		}
	);
	if (result.status !== 0) throw new Error('vite build failed');
	return true;
}
