import { describe, expect, it } from 'vitest';
import { attachmentCode as check, TAIL_BYTES } from './attachment-check.js';

const MAX = 5 * 1024 * 1024;
const attachmentCode = (file) => check(file, MAX);

const bytes = (text) => [...Buffer.from(text, 'latin1')];
const PNG = [
	...Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
		'base64'
	)
];
const PDF = bytes('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...bytes('JFIF'), 0xff, 0xd9];
const fileOf = (name, all) => ({
	name,
	size: all.length,
	head: all.slice(0, 16),
	tail: all.slice(-TAIL_BYTES)
});

describe('attachmentCode', () => {
	it('accepts PDF, PNG and JPEG files named as what they are', () => {
		expect(attachmentCode(fileOf('scan.pdf', PDF))).toBeNull();
		expect(attachmentCode(fileOf('photo.PNG', PNG))).toBeNull();
		expect(attachmentCode(fileOf('photo.jpeg', JPEG))).toBeNull();
		// Phones append data after a JPEG's end ("motion photos").
		expect(attachmentCode(fileOf('photo.jpg', [...JPEG, ...bytes('ftypmp42'.repeat(200))]))).toBeNull();
	});

	it('refuses a file whose name says another format than its bytes', () => {
		expect(attachmentCode(fileOf('ticket.png', PDF))).toBe('file_type');
		expect(attachmentCode(fileOf('scan.pdf', PNG))).toBe('file_type');
		expect(attachmentCode(fileOf('scan', PDF))).toBe('file_type');
		expect(attachmentCode(fileOf('page.pdf', bytes('<html><script>alert(1)</script></html>')))).toBe(
			'file_type'
		);
		expect(attachmentCode(fileOf('setup.pdf', [0x4d, 0x5a, 0x90, 0x00]))).toBe('file_type');
	});

	it('refuses a known signature followed by something else than the format', () => {
		const pngThenScript = [...PNG.slice(0, 8), ...bytes('<script>alert(document.cookie)</script>')];
		expect(attachmentCode(fileOf('ticket.png', pngThenScript))).toBe('file_type');
		expect(attachmentCode(fileOf('ticket.png', [...PNG, ...bytes('<script>x</script>')]))).toBe('file_type');
		expect(attachmentCode(fileOf('scan.pdf', bytes('%PDF-1.4\n<script>x</script>')))).toBe('file_type');
	});

	it('refuses an empty file and one over the limit', () => {
		expect(attachmentCode({ name: 'vide.pdf', size: 0, head: [], tail: [] })).toBe('file_too_large');
		expect(attachmentCode({ ...fileOf('scan.pdf', PDF), size: MAX + 1 })).toBe('file_too_large');
	});
});
