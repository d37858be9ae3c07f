import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { attachmentLabel, blobOf, bytesOf, isInlineImage, printedTrail } from './rights-print';

beforeAll(() => overwriteGetLocale(() => 'fr'));

const PNG =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('the printed trail', () => {
	it('words each event as the complaint page does, with the actor the export names, on the Paris clock', () => {
		const entries = printedTrail(
			[
				{
					type: 'received',
					at: '2026-11-23T09:05:00.000Z',
					actor: '',
					data: { channel: 'web', deadline_at: '' }
				},
				{
					type: 'corrected',
					at: '2026-12-05T10:00:00.000Z',
					actor: 'Alice Admin',
					data: { fields: ['contact_email', 'contact_phone'] }
				},
				{
					type: 'anonymised',
					at: '2026-12-05T11:00:00.000Z',
					actor: 'Alice Admin',
					data: { by: 'request', reason: 'Courrier du 3/12', files: 1 }
				}
			],
			'fr'
		);
		expect(entries.map((e) => [e.when, e.who, e.what, e.text])).toEqual([
			[
				'23 novembre 2026 à 10:05',
				'Système',
				'Demande reçue (Site internet). Échéance\u00a0: aucune.',
				undefined
			],
			[
				'5 décembre 2026 à 11:00',
				'Alice Admin',
				'Coordonnées corrigées\u00a0: adresse électronique, téléphone',
				undefined
			],
			[
				'5 décembre 2026 à 12:00',
				'Alice Admin',
				'Données personnelles effacées à la demande de la personne\u00a0:',
				'Courrier du 3/12'
			]
		]);
		expect(new Set(entries.map((e) => e.id)).size).toBe(3);
	});
});

describe('attachments', () => {
	it('shows JPEG and PNG inline, offers anything else for download', () => {
		expect(isInlineImage({ type: 'image/png' })).toBe(true);
		expect(isInlineImage({ type: 'image/jpeg' })).toBe(true);
		expect(isInlineImage({ type: 'application/pdf' })).toBe(false);
		expect(isInlineImage({ type: 'image/svg+xml' })).toBe(false);
	});

	it('decodes the export’s base64 into the file’s bytes', async () => {
		const bytes = bytesOf({ content: PNG });
		expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(bytes).toHaveLength(Buffer.from(PNG, 'base64').length);
		const blob = blobOf({ content: PNG, type: 'image/png' });
		expect(blob.type).toBe('image/png');
		expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
		expect(blobOf({ content: '', type: '' }).type).toBe('application/octet-stream');
	});

	it('lists an attachment with its name, type and size', () => {
		expect(
			attachmentLabel({ name: 'ticket_ab12.png', type: 'image/png', size: 70, content: PNG }, 'fr')
		).toBe('ticket_ab12.png (image/png, 70\u00a0octets)');
		expect(attachmentLabel({ name: 'x.bin', type: '', size: 2000, content: '' }, 'fr')).toMatch(
			/^x\.bin \(type inconnu, 2\sko\)$/
		);
	});
});
