// For the catalogue's specs: the message keys the app's code uses (`m.key(…)`), file by file.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The app's source files under `dir` (Svelte and TypeScript, no spec, no generated code). */
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const file = path.join(dir, name);
		if (statSync(file).isDirectory()) return name === 'generated' ? [] : sources(file);
		return /\.(svelte|ts)$/.test(name) && !/\.spec\.ts$/.test(name) ? [file] : [];
	});
}

/** The keys used by the files under `src` outside the `excluded` folders (paths from the project's root). */
export function usedKeys(excluded: readonly string[] = []): Set<string> {
	const keys = new Set<string>();
	for (const file of sources('src')) {
		if (excluded.some((dir) => file === dir || file.startsWith(`${dir}/`))) continue;
		for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bm\.([a-z0-9_]+)\b/g)) keys.add(key!);
	}
	return keys;
}
