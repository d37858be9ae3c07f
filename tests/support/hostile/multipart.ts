// multipart/form-data written by hand, so that a part may repeat, lie about its type or carry bytes that
// are not UTF-8 (FormData would clean all of that up).
import { encode } from './raw';

export interface Part {
	name: string;
	/** Text (BAD_UTF8 markers allowed) or bytes. */
	value: string | Uint8Array;
	filename?: string;
	type?: string;
}

const BOUNDARY = '----qep-hostile-7d1c2b9a';
export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

export function multipart(parts: Part[]): Uint8Array<ArrayBuffer> {
	const chunks: Buffer[] = [];
	for (const part of parts) {
		const file = part.filename !== undefined ? `; filename="${part.filename}"` : '';
		const type = part.type ? `\r\nContent-Type: ${part.type}` : '';
		chunks.push(
			Buffer.from(
				`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"${file}${type}\r\n\r\n`
			)
		);
		chunks.push(Buffer.from(typeof part.value === 'string' ? encode(part.value) : part.value));
		chunks.push(Buffer.from('\r\n'));
	}
	chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
	return Uint8Array.from(Buffer.concat(chunks));
}

const bytes = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Files that are not what they say. */
export const LYING_FILES: { cls: string; name: string; type: string; bytes: Uint8Array }[] = [
	{
		cls: 'file:html-named-pdf',
		name: 'convocation.pdf',
		type: 'application/pdf',
		bytes: bytes('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>')
	},
	{
		cls: 'file:executable-named-pdf',
		name: 'convocation.pdf',
		type: 'application/pdf',
		bytes: Uint8Array.from([
			0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff
		])
	},
	{
		cls: 'file:png-header-then-script',
		name: 'ticket.png',
		type: 'image/png',
		bytes: Uint8Array.from([...PNG_SIGNATURE, ...bytes('<script>alert(document.cookie)</script>')])
	},
	{ cls: 'file:zero-bytes', name: 'vide.pdf', type: 'application/pdf', bytes: new Uint8Array(0) },
	{
		cls: 'file:svg-named-png',
		name: 'ticket.png',
		type: 'image/png',
		bytes: bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')
	},
	{
		cls: 'file:pdf-declared-png',
		name: 'ticket.png',
		type: 'image/png',
		bytes: bytes('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
	}
];

export const VALID_PDF = bytes('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
