// Brotli and gzip copies of the built app's text files, made once when it is built, for the server to send
// to browsers that accept them (pocketbase/pb_hooks/lib/static-files.js): the first visit on a weak network
// carries about a fifth of the bytes, and nothing is compressed again on every request.
import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** Files worth compressing (the others, fonts and images, are compressed already). */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|webmanifest|txt|xml)$/;
/** Below this, headers outweigh what compression saves. */
export const MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Writes `file.br` and `file.gz` beside each compressible file of `dir`, when smaller; returns the sizes. */
export async function compressTree(dir) {
	const jobs = [];
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
		const file = path.join(entry.parentPath, entry.name);
		if ((await stat(file)).size < MIN_BYTES) continue;
		jobs.push(compressFile(file));
	}
	const results = await Promise.all(jobs);
	return results.reduce((sum, r) => ({ raw: sum.raw + r.raw, br: sum.br + r.br, gzip: sum.gzip + r.gzip }), {
		raw: 0,
		br: 0,
		gzip: 0
	});
}

/** Writes `data` to `file` whole or not at all (a failed run leaves no truncated copy to be served). */
async function writeWhole(file, data) {
	await writeFile(`${file}.tmp`, data);
	await rename(`${file}.tmp`, file);
}

async function compressFile(file) {
	const data = await readFile(file);
	const [br, gz] = await Promise.all([
		brotli(data, {
			params: {
				[zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
				[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
				[zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length
			}
		}),
		gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION })
	]);
	if (br.length < data.length) await writeWhole(`${file}.br`, br);
	if (gz.length < data.length) await writeWhole(`${file}.gz`, gz);
	return { raw: data.length, br: Math.min(br.length, data.length), gzip: Math.min(gz.length, data.length) };
}
