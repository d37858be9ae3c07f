// How the outbox reaches the server: surveys to POST /api/qep/ingest, complaints and suggestions to
// POST /api/qep/complaints (JSON, or multipart for one complaint with files), with the channel's client.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import type { OutboxItem } from '$lib/db/database';
import { ingestResponseSchema, routeOf, type IngestResult } from '$lib/domain/submission';

/** What a kiosk reports about itself with each sync. */
export interface Health {
	pending: number;
	lastSyncAt?: string;
	persisted: boolean;
	appVersion: string;
}

export type FailureKind = 'network' | 'server' | 'revoked' | 'unauthorized';

/** A send that did not get per-item verdicts; the items stay in the outbox. */
export class SyncFailure extends Error {
	constructor(
		readonly kind: FailureKind,
		message: string,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'SyncFailure';
	}
}

/** Sends items and returns the server's verdict for each. */
export interface Transport {
	/** `items` share one route and one channel; a complaint with files comes alone. */
	send(items: OutboxItem[], health?: Health): Promise<IngestResult[]>;
}

/** Maps an SDK error to a SyncFailure kind. */
export function failureOf(error: unknown): SyncFailure {
	if (error instanceof SyncFailure) return error;
	if (error instanceof ClientResponseError) {
		const code = (error.response as { code?: unknown } | undefined)?.code;
		if (error.status === 403 && code === 'kiosk_revoked')
			return new SyncFailure('revoked', 'kiosk revoked', { cause: error });
		if (error.status === 401) return new SyncFailure('unauthorized', 'not signed in', { cause: error });
		if (error.status === 0) return new SyncFailure('network', 'network unreachable', { cause: error });
		return new SyncFailure('server', `server answered ${error.status}`, { cause: error });
	}
	return new SyncFailure('network', String(error), { cause: error });
}

/** The request for a batch: its path and body (JSON, or FormData when files travel). */
export function requestFor(items: OutboxItem[], health?: Health): { path: string; body: unknown } {
	const plain = items.map(({ id, type, data }) => ({ id, type, data }));
	if (routeOf(items[0]!.type) === 'ingest')
		return { path: '/api/qep/ingest', body: { items: plain, health } };
	const files = items.flatMap((item) => item.files ?? []);
	if (files.length === 0) return { path: '/api/qep/complaints', body: { items: plain } };
	const form = new FormData();
	form.append('payload', JSON.stringify({ items: plain }));
	for (const file of files) form.append('attachments', file.blob, file.name);
	return { path: '/api/qep/complaints', body: form };
}

/** A transport over a PocketBase client (the kiosk's own, or the site's). */
export function pocketBaseTransport(client: PocketBase): Transport {
	return {
		async send(items, health) {
			try {
				const { path, body } = requestFor(items, health);
				const answer = await client.send(path, { method: 'POST', body, requestKey: null });
				const parsed = ingestResponseSchema.safeParse(answer);
				if (!parsed.success) throw new SyncFailure('server', 'unexpected answer from the server');
				return parsed.data.results;
			} catch (error) {
				throw failureOf(error);
			}
		}
	};
}
