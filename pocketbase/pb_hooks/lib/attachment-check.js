// A complaint's attachment must be what its name says at both ends: PocketBase sniffs the first bytes only,
// so a PNG signature followed by a page of script, or a PDF named .png, would pass. The formats' own end
// markers are checked where phones never move them (PNG's IEND chunk, PDF's %%EOF); a JPEG is checked by
// its start only, because phones append data after its end marker ("motion photos"). What lies between is
// not parsed: a file is served with its own type, `nosniff` and a sandboxed, script-free policy, so bytes
// hidden inside an image or a PDF are never run by a browser.

const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_END = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]; // the IEND chunk and its CRC
const JPEG_START = [0xff, 0xd8, 0xff];
const PDF_START = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PDF_END = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
/** How many of the last bytes hold a PDF's %%EOF (the specification allows trailing line ends; 1 KB is generous). */
const TAIL_BYTES = 1024;

const FORMATS = {
	pdf: { extensions: ['pdf'], start: PDF_START, endWithin: PDF_END },
	png: { extensions: ['png'], start: PNG_START, endsWith: PNG_END },
	jpeg: { extensions: ['jpg', 'jpeg'], start: JPEG_START }
};

const startsWith = (bytes, prefix) => prefix.every((b, i) => bytes[i] === b);
const endsWith = (bytes, suffix) => suffix.every((b, i) => bytes[bytes.length - suffix.length + i] === b);
function contains(bytes, needle) {
	for (let i = 0; i + needle.length <= bytes.length; i++) if (startsWith(bytes.slice(i), needle)) return true;
	return false;
}

/**
 * The code for one attachment, or null when it is what it says.
 * @param {{ name: string, size: number, head: number[], tail: number[] }} file `head`: its first bytes (at
 *   least 8), `tail`: its last bytes (up to TAIL_BYTES)
 * @param {number} maxBytes the attachments field's limit
 * @returns {'file_type' | 'file_too_large' | null}
 */
function attachmentCode(file, maxBytes) {
	if (file.size === 0 || file.size > maxBytes) return 'file_too_large';
	const dot = file.name.lastIndexOf('.');
	const extension = dot < 0 ? '' : file.name.slice(dot + 1).toLowerCase();
	const format = Object.values(FORMATS).find((f) => startsWith(file.head, f.start));
	if (!format || !format.extensions.includes(extension)) return 'file_type';
	if (format.endsWith && !endsWith(file.tail, format.endsWith)) return 'file_type';
	if (format.endWithin && !contains(file.tail, format.endWithin)) return 'file_type';
	return null;
}

/** An uploaded file's name, size and first and last bytes (goja only: PocketBase's filesystem.File). */
/* global toBytes */
function fileEnds(file) {
	const reader = file.reader.open();
	try {
		const head = toBytes(reader, 16);
		reader.seek(Math.max(0, file.size - TAIL_BYTES), 0);
		const tail = toBytes(reader, TAIL_BYTES);
		return { name: file.originalName || file.name, size: file.size, head, tail };
	} finally {
		reader.close();
	}
}

module.exports = { attachmentCode, fileEnds, TAIL_BYTES };
