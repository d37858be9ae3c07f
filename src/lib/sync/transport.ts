// How the outbox reaches the server: POST /api/qep/ingest, one request per channel's client.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import { ingestResponseSchema, type IngestItem, type IngestResult } from '$lib/domain/submission';

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
	send(items: IngestItem[], health?: Health): Promise<IngestResult[]>;
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

/** A transport over a PocketBase client (the kiosk's own, or the site's). */
export function pocketBaseTransport(client: PocketBase): Transport {
	return {
		async send(items, health) {
			try {
				const body = await client.send('/api/qep/ingest', {
					method: 'POST',
					body: { items, health },
					requestKey: null
				});
				const parsed = ingestResponseSchema.safeParse(body);
				if (!parsed.success) throw new SyncFailure('server', 'unexpected answer from the server');
				return parsed.data.results;
			} catch (error) {
				throw failureOf(error);
			}
		}
	};
}
