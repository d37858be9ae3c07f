// The printable copy of what is held about a person (RGPD art. 15): the export read in plain French for
// them. The trail is worded as on the complaint page (desk/trail.ts); attachments come with their bytes.
import { describeEvent, type TrailEntry } from '$lib/desk/trail';
import { formatFileSize } from '$lib/format';
import { m } from '$lib/i18n/messages';
import type { ExportedAttachment, TrailItem } from '$lib/pb/rights';
import { TIME_ZONE } from './operations';

/** Images the page shows inline: the types a complaint may carry besides PDF. */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png']);

/** The trail of the export, oldest first, each event a sentence on the prefecture's clock. */
export function printedTrail(trail: readonly TrailItem[], locale: string): TrailEntry[] {
	return trail.map((item, index) =>
		describeEvent(
			{
				id: String(index),
				type: item.type,
				// The export names the actor: no staff list is needed to tell who acted.
				actor: item.actor ? 'staff' : '',
				data: item.data,
				created: item.at,
				expand: item.actor ? { actor: { name: item.actor } } : undefined
			},
			{ staffName: () => undefined, timeZone: TIME_ZONE, locale }
		)
	);
}

/** True for an attachment shown as an image on the page (others are offered as downloads). */
export const isInlineImage = (attachment: Pick<ExportedAttachment, 'type'>): boolean =>
	INLINE_TYPES.has(attachment.type);

/** The attachment's bytes, decoded from the export's base64. */
export function bytesOf(attachment: Pick<ExportedAttachment, 'content'>): Uint8Array<ArrayBuffer> {
	const binary = atob(attachment.content);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** The attachment as a Blob of its own type, for an object URL. */
export const blobOf = (attachment: Pick<ExportedAttachment, 'content' | 'type'>): Blob =>
	new Blob([bytesOf(attachment)], { type: attachment.type || 'application/octet-stream' });

/** "Pièce jointe : ticket.png, image PNG, 12,3 ko". */
export function attachmentLabel(attachment: ExportedAttachment, locale: string): string {
	return m.admin_rights_print_attachment({
		name: attachment.name,
		type: attachment.type || m.admin_rights_print_type_unknown(),
		size: formatFileSize(attachment.size, locale)
	});
}
