// Items for POST /api/qep/complaints and the calls to it and to /api/qep/track, for the integration tests.
import { randomBytes } from 'node:crypto';
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import { newId } from '../../src/lib/domain/ids';
import { unique, type World } from './world';

export interface Receipt {
	reference: string;
	kind: 'complaint' | 'information';
	received_at: string;
	deadline_at: string;
	ack: 'sent' | 'failed' | 'not_requested' | 'not_configured';
}
export type Result =
	| { id: string; status: 'created' | 'duplicate'; receipt?: Receipt }
	| { id: string; status: 'rejected'; errors: Record<string, string> };
export interface Item {
	id: string;
	type: string;
	data: Record<string, unknown>;
}

/** A tracking token as the device makes it: 32 random bytes, base64url. */
export const trackingToken = () => randomBytes(32).toString('base64url');

/** An address nobody else's test writes to, so the sink's mails can be told apart. */
export const mailbox = (name = 'usager') => `${unique(name)}@example.org`.toLowerCase();

export function complaintItem(w: World, data: Record<string, unknown> = {}, id = newId()): Item {
	return {
		id,
		type: 'complaint',
		data: {
			kind: 'complaint',
			channel: 'web',
			site: w.siteA.id,
			reception_point: '',
			engagement: '',
			service: 'Bureau des étrangers',
			subject: 'Attente trop longue',
			description: 'J’ai attendu deux heures au guichet sans être reçu.',
			contact_name: 'Camille Martin',
			contact_email: mailbox(),
			contact_address: '',
			contact_phone: '',
			language: 'fr',
			tracking_token: trackingToken(),
			submitted_at: new Date().toISOString(),
			nickname: '',
			...data
		}
	};
}

export function suggestionItem(w: World, data: Record<string, unknown> = {}, id = newId()): Item {
	return {
		id,
		type: 'suggestion',
		data: {
			channel: 'web',
			site: w.siteA.id,
			reception_point: '',
			text: 'Plus de chaises dans la salle d’attente.',
			email: '',
			day: new Date().toISOString().slice(0, 10),
			nickname: '',
			...data
		}
	};
}

/** POST /api/qep/complaints with a JSON body. */
export async function submit(client: PocketBase, items: unknown[]): Promise<Result[]> {
	const { results } = await client.send<{ results: Result[] }>('/api/qep/complaints', {
		method: 'POST',
		body: { items }
	});
	return results;
}

/** POST /api/qep/complaints as multipart: one item in `payload`, its files in `attachments`. */
export async function submitWithFiles(
	client: PocketBase,
	item: Item,
	files: { name: string; type: string; bytes: Uint8Array<ArrayBuffer> }[]
): Promise<Result[]> {
	const form = new FormData();
	form.append('payload', JSON.stringify({ items: [item] }));
	for (const f of files) form.append('attachments', new Blob([f.bytes], { type: f.type }), f.name);
	const { results } = await client.send<{ results: Result[] }>('/api/qep/complaints', {
		method: 'POST',
		body: form
	});
	return results;
}

export interface TrackView {
	reference: string;
	kind: string;
	status: string;
	subject: string;
	description: string;
	service: string;
	site: { name: string; contact_email: string; contact_address: string };
	received_at: string;
	deadline_at: string;
	answer: string;
	answered_at: string;
}

/** POST /api/qep/track as that client: the status, and the view (200) or the error body. */
export async function track(
	client: PocketBase,
	body: unknown
): Promise<{ status: number; view?: TrackView; error?: Record<string, unknown> }> {
	try {
		return { status: 200, view: await client.send<TrackView>('/api/qep/track', { method: 'POST', body }) };
	} catch (error) {
		if (!(error instanceof ClientResponseError)) throw error;
		return { status: error.status, error: error.response };
	}
}

/** The smallest valid files of each accepted type, and bytes that only pretend to be one. */
export const FILES = {
	pdf: Uint8Array.from(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')),
	png: Uint8Array.from(
		Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
			'base64'
		)
	),
	// A Windows executable's header.
	exe: Uint8Array.from([
		0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00
	])
};

/** What an anonymised item reads instead of the words it held (pocketbase/pb_hooks/lib/anonymise.js). */
export const ERASED = {
	subject: 'Données effacées',
	text: 'Contenu effacé pour protéger les données personnelles.',
	name: 'Anonyme'
};

/** A complaint once anonymised: its words replaced, its contact, tracking token and files gone. */
export const ERASED_COMPLAINT = {
	subject: ERASED.subject,
	description: ERASED.text,
	answer: ERASED.text,
	contact_name: ERASED.name,
	contact_email: '',
	contact_phone: '',
	contact_address: '',
	tracking_token_hash: '',
	attachments: []
};

/** What an anonymisation leaves as it was: what the statistics and publications read. */
export const KEPT_BY_ANONYMISATION = [
	'kind',
	'channel',
	'site',
	'service',
	'reference',
	'status',
	'received_at',
	'deadline_at',
	'answered_at',
	'answered_in_time',
	'paused_days',
	'created',
	'updated'
];
