// The server allows the inline scripts of the app's shell by their hashes (pocketbase/pb_hooks/03_headers.pb.js
// reads them from the shell). The pages the build makes for public routes must have exactly those scripts:
// a page with another (say, data written into it by server rendering) would be blocked in the browser.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { inlineScripts } = require('../../pocketbase/pb_hooks/lib/security-headers.js');
const { SPA_PAGE } = require('../../pocketbase/pb_hooks/lib/static-files.js');

/**
 * The HTML files of the built app (`dir`), relative to it, sorted.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
export async function builtPages(dir) {
	return (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
}

/**
 * The HTML files of the built app (`dir`) whose inline scripts are not exactly the shell's, relative to
 * `dir`; throws when the shell is missing.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
export async function pagesWithOtherScripts(dir) {
	const scriptsOf = async (file) =>
		JSON.stringify(inlineScripts(await readFile(path.join(dir, file), 'utf8')));
	const expected = await scriptsOf(SPA_PAGE);
	const odd = [];
	for (const page of await builtPages(dir)) if ((await scriptsOf(page)) !== expected) odd.push(page);
	return odd;
}
