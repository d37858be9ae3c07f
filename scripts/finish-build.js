// `npm run build`'s last step, after `vite build`: completes each page's list of modules to preload
// (scripts/lib/page-preloads.js), checks that every page runs under the server's Content-Security-Policy
// (scripts/lib/page-scripts.js), then writes brotli and gzip copies of the built app's text files
// (scripts/lib/compress.js).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_FINISHED } from './lib/build.js';
import { compressTree } from './lib/compress.js';
import { completePreloads } from './lib/page-preloads.js';
import { builtPages, pagesWithOtherScripts } from './lib/page-scripts.js';
import { paths } from './lib/pocketbase.js';

const manifest = JSON.parse(
	await readFile(path.join(paths.root, '.svelte-kit/output/client/.vite/manifest.json'), 'utf8')
);
for (const page of await builtPages(paths.build)) {
	const file = path.join(paths.build, page);
	const html = await readFile(file, 'utf8');
	const completed = completePreloads(html, manifest);
	if (completed !== html) await writeFile(file, completed);
}

const odd = await pagesWithOtherScripts(paths.build);
if (odd.length > 0) {
	console.error(
		`These pages have inline scripts the app's shell does not have, which the server's ` +
			`Content-Security-Policy would block: ${odd.join(', ')}`
	);
	process.exit(1);
}
const { raw, br, gzip } = await compressTree(paths.build);
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
console.log(`Compressed ${kb(raw)} of text files: ${kb(br)} as brotli, ${kb(gzip)} as gzip.`);
await writeFile(BUILD_FINISHED, `${new Date().toISOString()}\n`);
