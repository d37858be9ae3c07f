import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compressTree, MIN_BYTES } from './compress.js';

/** Text that compresses well, `size` bytes long. */
const text = (size, word = 'const answer = 42;\n') =>
	word.repeat(Math.ceil(size / word.length)).slice(0, size);

let dir;
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'qep-compress-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

async function write(rel, data) {
	const file = path.join(dir, rel);
	await mkdir(path.dirname(file), { recursive: true });
	await writeFile(file, data);
	return file;
}

async function exists(file) {
	return stat(file).then(
		() => true,
		() => false
	);
}

describe('compressTree', () => {
	it('writes brotli and gzip copies that give back the exact bytes, in nested folders too', async () => {
		const originals = {
			'index.html': text(4000, '<p>Bonjour</p>\n'),
			'_app/immutable/chunks/a.js': text(MIN_BYTES),
			'_app/immutable/assets/deep/b.css': text(3000, '.fr-btn{color:red}\n')
		};
		for (const [rel, data] of Object.entries(originals)) await write(rel, data);
		await compressTree(dir);
		for (const [rel, data] of Object.entries(originals)) {
			const file = path.join(dir, rel);
			expect(zlib.brotliDecompressSync(await readFile(`${file}.br`)).toString(), rel).toBe(data);
			expect(zlib.gunzipSync(await readFile(`${file}.gz`)).toString(), rel).toBe(data);
		}
		// Each copy is written aside, then renamed into place: no temporary file is left.
		const left = await readdir(dir, { recursive: true });
		expect(left.filter((name) => String(name).endsWith('.tmp'))).toEqual([]);
		expect(left.filter((name) => String(name).endsWith('.br'))).toHaveLength(3);
	});

	it('leaves small files and binary types alone', async () => {
		const small = await write('small.js', text(MIN_BYTES - 1));
		const font = await write('_app/immutable/assets/marianne.woff2', text(5000));
		const picture = await write('icons/icon.png', text(5000));
		const data = await write('data.bin', text(5000));
		const totals = await compressTree(dir);
		for (const file of [small, font, picture, data]) {
			expect(await exists(`${file}.br`), file).toBe(false);
			expect(await exists(`${file}.gz`), file).toBe(false);
		}
		expect(totals).toEqual({ raw: 0, br: 0, gzip: 0 });
		expect((await readdir(dir)).sort()).toEqual(['_app', 'data.bin', 'icons', 'small.js']);
	});

	it('writes no copy larger than the file, and adds up what it compressed', async () => {
		const page = await write('index.html', text(4000, '<p>Bonjour</p>\n'));
		const script = await write('sub/app.js', text(2500));
		// Random bytes do not compress: gzip's copy would be larger than the file.
		const noise = await write('sub/noise.txt', randomBytes(2000));
		await write('small.css', text(100));
		const totals = await compressTree(dir);
		expect(await exists(`${noise}.gz`)).toBe(false);
		const sizeOf = async (file) => (await stat(file)).size;
		const copyOr = async (file, suffix) =>
			(await exists(file + suffix)) ? sizeOf(file + suffix) : sizeOf(file);
		const files = [page, script, noise];
		let raw = 0;
		let br = 0;
		let gzip = 0;
		for (const file of files) {
			raw += await sizeOf(file);
			br += await copyOr(file, '.br');
			gzip += await copyOr(file, '.gz');
		}
		expect(totals).toEqual({ raw, br, gzip });
		expect(raw).toBe(4000 + 2500 + 2000);
		expect(totals.br).toBeLessThan(totals.raw);
		expect(totals.gzip).toBeLessThan(totals.raw);
	});
});
