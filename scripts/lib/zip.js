// A small zip reader for restoring PocketBase backups (Go's archive/zip: deflate, data descriptors, zip64
// past 4 GB), so the restore needs nothing but Node. Reads the central directory (APPNOTE.TXT 4.3.12–16),
// refuses names that would land outside the target (zip slip), streams each entry and checks its CRC-32.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** @typedef {{ name: string, method: number, crc32: number, compressedSize: number, size: number,
 *   offset: number, directory: boolean }} Entry */

/**
 * Throws unless `name` is a relative path that stays inside the folder it is extracted to.
 * @param {string} name
 */
export function checkEntryName(name) {
	const refuse = (why) => {
		throw new Error(`Refused zip entry "${name}": ${why}`);
	};
	if (name === '' || name.includes('\0')) refuse('empty or NUL in the name');
	if (name.includes('\\')) refuse('backslash in the name');
	if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) refuse('absolute path');
	if (name.split('/').some((part) => part === '..')) refuse('".." in the path');
}

async function readAt(handle, position, length) {
	const buffer = Buffer.alloc(length);
	const { bytesRead } = await handle.read(buffer, 0, length, position);
	if (bytesRead !== length) throw new Error('Truncated zip file');
	return buffer;
}

/** Where the central directory is and how many entries it lists. */
async function findCentralDirectory(handle, fileSize) {
	const tailLength = Math.min(fileSize, 22 + 0xffff);
	const tail = await readAt(handle, fileSize - tailLength, tailLength);
	let at = tail.length - 22;
	while (at >= 0 && tail.readUInt32LE(at) !== EOCD) at--;
	if (at < 0) throw new Error('Not a zip file (no end of central directory)');
	let count = tail.readUInt16LE(at + 10);
	let size = tail.readUInt32LE(at + 12);
	let offset = tail.readUInt32LE(at + 16);
	const eocdPosition = fileSize - tailLength + at;
	if ((count === 0xffff || size === MAX32 || offset === MAX32) && eocdPosition >= 20) {
		const locator = await readAt(handle, eocdPosition - 20, 20);
		if (locator.readUInt32LE(0) === ZIP64_LOCATOR) {
			const record = await readAt(handle, Number(locator.readBigUInt64LE(8)), 56);
			if (record.readUInt32LE(0) !== ZIP64_EOCD) throw new Error('Broken zip64 end of central directory');
			count = Number(record.readBigUInt64LE(32));
			size = Number(record.readBigUInt64LE(40));
			offset = Number(record.readBigUInt64LE(48));
		}
	}
	return { count, size, offset };
}

/** Sizes and offset that did not fit in 32 bits, from the zip64 extra field (id 1), in this order. */
function applyZip64(entry, extra) {
	for (let at = 0; at + 4 <= extra.length;) {
		const id = extra.readUInt16LE(at);
		const length = extra.readUInt16LE(at + 2);
		if (id === 1) {
			let field = at + 4;
			for (const key of ['size', 'compressedSize', 'offset'])
				if (entry[key] === MAX32) {
					entry[key] = Number(extra.readBigUInt64LE(field));
					field += 8;
				}
		}
		at += 4 + length;
	}
}

/**
 * Lists a zip file's entries from its central directory, refusing unsafe names, encrypted entries,
 * symbolic links and compression methods other than stored (0) and deflate (8).
 * @param {string} file
 * @returns {Promise<Entry[]>}
 */
export async function listEntries(file) {
	const handle = await open(file, 'r');
	try {
		const { size: fileSize } = await handle.stat();
		const cd = await findCentralDirectory(handle, fileSize);
		if (cd.offset + cd.size > fileSize) throw new Error('Not a zip file: its directory lies past its end');
		const buffer = await readAt(handle, cd.offset, cd.size);
		/** @type {Entry[]} */
		const entries = [];
		let at = 0;
		for (let i = 0; i < cd.count; i++) {
			if (buffer.readUInt32LE(at) !== CENTRAL) throw new Error('Broken zip central directory');
			const flags = buffer.readUInt16LE(at + 8);
			const nameLength = buffer.readUInt16LE(at + 28);
			const extraLength = buffer.readUInt16LE(at + 30);
			const commentLength = buffer.readUInt16LE(at + 32);
			const unixMode = buffer.readUInt32LE(at + 38) >>> 16;
			const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
			const entry = {
				name,
				method: buffer.readUInt16LE(at + 10),
				crc32: buffer.readUInt32LE(at + 16),
				compressedSize: buffer.readUInt32LE(at + 20),
				size: buffer.readUInt32LE(at + 24),
				offset: buffer.readUInt32LE(at + 42),
				directory: name.endsWith('/')
			};
			applyZip64(entry, buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
			checkEntryName(name);
			if (flags & 1) throw new Error(`Refused zip entry "${name}": encrypted`);
			if ((unixMode & S_IFMT) === S_IFLNK) throw new Error(`Refused zip entry "${name}": symbolic link`);
			if (entry.method !== 0 && entry.method !== 8)
				throw new Error(`Refused zip entry "${name}": compression method ${entry.method}`);
			entries.push(entry);
			at += 46 + nameLength + extraLength + commentLength;
		}
		return entries;
	} finally {
		await handle.close();
	}
}

/** Passes bytes through, computing their CRC-32 and failing past the size the directory declared. */
function checker(entry) {
	let crc = 0;
	let size = 0;
	const stream = new Transform({
		transform(chunk, _encoding, callback) {
			size += chunk.length;
			if (size > entry.size) return callback(new Error(`Zip entry "${entry.name}" is larger than declared`));
			crc = zlib.crc32(chunk, crc);
			callback(null, chunk);
		}
	});
	return { stream, result: () => ({ crc, size }) };
}

/**
 * Extracts every entry of `file` under `dest` (created if missing), checking each entry's size and CRC-32.
 * Refuses before writing anything when the entries would take more than `maxBytes` (a zip bomb, or a disk
 * too small). What it writes is readable by its owner only (the data of a service: personal data).
 * @param {string} file
 * @param {string} dest
 * @param {{ maxBytes?: number }} [options]
 * @returns {Promise<{ files: number, bytes: number }>}
 */
export async function extract(file, dest, { maxBytes = Infinity } = {}) {
	const entries = await listEntries(file);
	const total = entries.reduce((sum, entry) => sum + entry.size, 0);
	if (total > maxBytes)
		throw new Error(
			`The backup would take ${(total / 1e6).toFixed(1)} MB once extracted, more than the ${(maxBytes / 1e6).toFixed(1)} MB available`
		);
	const root = path.resolve(dest);
	await mkdir(root, { recursive: true, mode: 0o700 });
	const handle = await open(file, 'r');
	let bytes = 0;
	let files = 0;
	try {
		for (const entry of entries) {
			const target = path.resolve(root, entry.name);
			if (target !== root && !target.startsWith(root + path.sep))
				throw new Error(`Refused zip entry "${entry.name}": outside the target folder`);
			if (entry.directory) {
				await mkdir(target, { recursive: true, mode: 0o700 });
				continue;
			}
			await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
			const local = await readAt(handle, entry.offset, 30);
			if (local.readUInt32LE(0) !== LOCAL) throw new Error(`Broken zip entry "${entry.name}"`);
			const start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
			const check = checker(entry);
			const source = createReadStream(file, { start, end: start + entry.compressedSize - 1 });
			const out = createWriteStream(target, { flags: 'wx', mode: 0o600 });
			if (entry.compressedSize === 0) {
				source.destroy();
				await pipeline(async function* () {}, check.stream, out);
			} else if (entry.method === 8) await pipeline(source, zlib.createInflateRaw(), check.stream, out);
			else await pipeline(source, check.stream, out);
			const { crc, size } = check.result();
			if (size !== entry.size || crc !== entry.crc32)
				throw new Error(`Zip entry "${entry.name}" is damaged (size or CRC-32 does not match)`);
			bytes += size;
			files++;
		}
	} finally {
		await handle.close();
	}
	return { files, bytes };
}
