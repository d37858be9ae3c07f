// The device's own database (IndexedDB through Dexie): the outbox of submissions not yet confirmed by
// the server, the ones it refused (kept aside, never dropped), the receipts it gave for complaints, and
// cached configuration.
// Versions are append-only: never edit a version that shipped; add version(n + 1) with its upgrade.
import Dexie, { type Table } from 'dexie';
import type { IngestItem, Receipt } from '$lib/domain/submission';
import { DATABASE_NAME } from './presence';

/** A file chosen for a complaint, kept in IndexedDB (as a Blob) until the complaint is sent. */
export interface StoredFile {
	name: string;
	type: string;
	size: number;
	blob: Blob;
}

/** A submission as it waits on the device: its data's shape follows its type. */
export type OutboxItem = IngestItem & {
	/** Attachments (complaints from the website only). */
	files?: StoredFile[];
};

export type OutboxRow = OutboxItem & {
	/** ms since epoch, on this device: the order in which items are sent. */
	createdAt: number;
	/** Failed send attempts so far (for the status screen). */
	attempts: number;
};

export type RejectedRow = OutboxItem & {
	/** Field → error code, as the server said. */
	errors: Record<string, string>;
	rejectedAt: number;
};

/** The server's receipt for a complaint it holds, by the complaint's id. */
export interface ReceiptRow {
	id: string;
	receipt: Receipt;
	savedAt: number;
}

export interface CacheRow {
	key: string;
	value: unknown;
	savedAt: number;
}

export class QepDatabase extends Dexie {
	outbox!: Table<OutboxRow, string>;
	rejected!: Table<RejectedRow, string>;
	receipts!: Table<ReceiptRow, string>;
	cache!: Table<CacheRow, string>;

	constructor(name = DATABASE_NAME) {
		super(name);
		this.version(1).stores({ outbox: 'id, createdAt', rejected: 'id, rejectedAt', cache: 'key' });
		// v2 (complaints): receipts. Existing rows are surveys, valid as they are: no upgrade function.
		this.version(2).stores({ receipts: 'id, savedAt' });
	}
}

let instance: QepDatabase | null = null;

/** The app's database (one per origin). */
export function database(): QepDatabase {
	instance ??= new QepDatabase();
	return instance;
}
