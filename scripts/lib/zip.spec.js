import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkEntryName, extract, listEntries } from './zip.js';

/**
 * Builds a zip in memory, as APPNOTE.TXT describes it: local headers and data, central directory, end record.
 * `zip64` writes every size and offset through the zip64 extra field and end records, as Go does past 4 GB.
 * @param {{ name: string, data?: string | Buffer, method?: 0 | 8, crc?: number, unixMode?: number,
 *   flags?: number }[]} files
 */
function makeZip(files, { zip64 = false } = {}) {
	const locals = [];
	const centrals = [];
	let offset = 0;
	for (const f of files) {
		const data = Buffer.from(f.data ?? '');
		const method = f.method ?? 8;
		const stored = method === 8 ? zlib.deflateRawSync(data) : data;
		const crc = f.crc ?? zlib.crc32(data);
		const name = Buffer.from(f.name);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(f.flags ?? 0x800, 6);
		local.writeUInt16LE(method, 8);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(stored.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(name.length, 26);
		locals.push(local, name, stored);
		const extra = Buffer.alloc(zip64 ? 28 : 0);
		if (zip64) {
			extra.writeUInt16LE(1, 0);
			extra.writeUInt16LE(24, 2);
			extra.writeBigUInt64LE(BigInt(data.length), 4);
			extra.writeBigUInt64LE(BigInt(stored.length), 12);
			extra.writeBigUInt64LE(BigInt(offset), 20);
		}
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE((3 << 8) | 45, 4);
		central.writeUInt16LE(45, 6);
		central.writeUInt16LE(f.flags ?? 0x800, 8);
		central.writeUInt16LE(method, 10);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(zip64 ? 0xffffffff : stored.length, 20);
		central.writeUInt32LE(zip64 ? 0xffffffff : data.length, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt16LE(extra.length, 30);
		central.writeUInt32LE(((f.unixMode ?? 0o100644) << 16) >>> 0, 38);
		central.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
		centrals.push(central, name, extra);
		offset += local.length + name.length + stored.length;
	}
	const cd = Buffer.concat(centrals);
	const tail = [];
	if (zip64) {
		const record = Buffer.alloc(56);
		record.writeUInt32LE(0x06064b50, 0);
		record.writeBigUInt64LE(44n, 4);
		record.writeBigUInt64LE(BigInt(files.length), 24);
		record.writeBigUInt64LE(BigInt(files.length), 32);
		record.writeBigUInt64LE(BigInt(cd.length), 40);
		record.writeBigUInt64LE(BigInt(offset), 48);
		const locator = Buffer.alloc(20);
		locator.writeUInt32LE(0x07064b50, 0);
		locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
		locator.writeUInt32LE(1, 16);
		tail.push(record, locator);
	}
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(zip64 ? 0xffff : files.length, 8);
	end.writeUInt16LE(zip64 ? 0xffff : files.length, 10);
	end.writeUInt32LE(zip64 ? 0xffffffff : cd.length, 12);
	end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
	return Buffer.concat([...locals, cd, ...tail, end]);
}

let dir = '';
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'qep-zip-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

const zipFile = async (files, options) => {
	const file = path.join(dir, 'backup.zip');
	await writeFile(file, makeZip(files, options));
	return file;
};
const out = () => path.join(dir, 'out');

/** Every file under `root`, relative, with its content. */
async function tree(root) {
	const names = (await readdir(root, { recursive: true, withFileTypes: true }))
		.filter((d) => d.isFile())
		.map((d) => path.relative(root, path.join(d.parentPath, d.name)))
		.sort();
	return Object.fromEntries(
		await Promise.all(names.map(async (n) => [n, (await readFile(path.join(root, n))).toString()]))
	);
}

const PB_LIKE = [
	{ name: 'data.db', data: 'SQLite format 3\0'.repeat(500) },
	{ name: 'auxiliary.db', data: 'aux' },
	{ name: 'data.db-wal', data: '' },
	{ name: 'storage/pbc_1/rec1/scan_abc.pdf', data: '%PDF-1.4 é', method: 0 },
	{ name: 'storage/pbc_1/rec1/thumbs_x/', data: '', method: 0 }
];

describe('extract', () => {
	it('restores deflated and stored entries, empty files and folders, byte for byte', async () => {
		const result = await extract(await zipFile(PB_LIKE), out());
		expect(result).toEqual({ files: 4, bytes: 16 * 500 + 3 + 11 });
		expect(await tree(out())).toEqual({
			'auxiliary.db': 'aux',
			'data.db': 'SQLite format 3\0'.repeat(500),
			'data.db-wal': '',
			'storage/pbc_1/rec1/scan_abc.pdf': '%PDF-1.4 é'
		});
		expect((await readdir(path.join(out(), 'storage/pbc_1/rec1'))).sort()).toEqual([
			'scan_abc.pdf',
			'thumbs_x'
		]);
	});

	it('reads the zip64 records Go writes past 4 GB', async () => {
		const file = await zipFile(PB_LIKE.slice(0, 2), { zip64: true });
		expect((await listEntries(file)).map((e) => [e.name, e.size])).toEqual([
			['data.db', 8000],
			['auxiliary.db', 3]
		]);
		await extract(file, out());
		expect(await tree(out())).toEqual({ 'auxiliary.db': 'aux', 'data.db': 'SQLite format 3\0'.repeat(500) });
	});

	it('refuses, before writing anything, what would take more room than allowed (a zip bomb)', async () => {
		const file = await zipFile([{ name: 'data.db', data: '\0'.repeat(100_000) }]);
		await expect(extract(file, out(), { maxBytes: 99_999 })).rejects.toThrow(/0\.1 MB once extracted/);
		await expect(readdir(out())).rejects.toThrow(/ENOENT/);
		expect(await extract(file, out(), { maxBytes: 100_000 })).toEqual({ files: 1, bytes: 100_000 });
	});

	it('writes what only its owner can read (a service’s personal data)', async () => {
		await extract(await zipFile(PB_LIKE), out());
		expect((await stat(out())).mode & 0o777).toBe(0o700);
		expect((await stat(path.join(out(), 'data.db'))).mode & 0o777).toBe(0o600);
		expect((await stat(path.join(out(), 'storage/pbc_1'))).mode & 0o777).toBe(0o700);
	});

	it('refuses a damaged entry', async () => {
		const file = await zipFile([{ name: 'data.db', data: 'hello', crc: 1234 }]);
		await expect(extract(file, out())).rejects.toThrow(/"data.db" is damaged/);
	});

	it('refuses what is not a zip', async () => {
		const file = path.join(dir, 'not.zip');
		await writeFile(file, 'SQLite format 3\0 and more bytes than an end record');
		await expect(extract(file, out())).rejects.toThrow(/Not a zip file/);
	});

	it.each([
		['../evil.db', /"\.\." in the path/],
		['storage/../../evil.db', /"\.\." in the path/],
		['/etc/cron.d/evil', /absolute path/],
		['C:/evil', /absolute path/],
		['storage\\..\\evil', /backslash/]
	])('refuses the entry "%s" before writing anything', async (name, message) => {
		const file = await zipFile([
			{ name: 'data.db', data: 'first' },
			{ name, data: 'x' }
		]);
		await expect(extract(file, out())).rejects.toThrow(message);
		await expect(readdir(out())).rejects.toThrow(/ENOENT/);
	});

	it('refuses symbolic links, encrypted entries and unknown methods', async () => {
		await expect(
			extract(await zipFile([{ name: 'link', data: '/etc/passwd', unixMode: 0o120777 }]), out())
		).rejects.toThrow(/symbolic link/);
		await expect(extract(await zipFile([{ name: 'a', data: 'x', flags: 1 }]), out())).rejects.toThrow(
			/encrypted/
		);
		const bzip2 = makeZip([{ name: 'a', data: 'x', method: 0 }]);
		bzip2.writeUInt16LE(12, bzip2.indexOf(Buffer.from([0x50, 0x4b, 1, 2])) + 10);
		await writeFile(path.join(dir, 'bz.zip'), bzip2);
		await expect(extract(path.join(dir, 'bz.zip'), out())).rejects.toThrow(/compression method 12/);
	});
});

describe('checkEntryName', () => {
	it('accepts what a PocketBase backup holds', () => {
		for (const name of ['data.db', 'storage/pbc_1/r/a..b.pdf', 'storage/x/'])
			expect(() => checkEntryName(name)).not.toThrow();
	});
});
