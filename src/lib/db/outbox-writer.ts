// Durable writes to the outbox, through a worker where there is one (see outbox.worker.ts), else on the
// page. Either way the promise resolves once the IndexedDB transaction committed, with that instant.
import type { OutboxItem } from './database';
import { saveToOutbox } from './direct';

interface Reply {
	seq: number;
	ok: boolean;
	committedAt?: number;
	message?: string;
}

let worker: Worker | null | undefined;
let seq = 0;
const waiting = new Map<number, { resolve: (at: number) => void; reject: (error: Error) => void }>();

function failAll(reason: string) {
	for (const { reject } of waiting.values()) reject(new Error(reason));
	waiting.clear();
}

/** The writer, started on first use; null where workers are missing or failed to start. */
function writer(): Worker | null {
	if (worker !== undefined) return worker;
	try {
		worker =
			typeof Worker === 'undefined'
				? null
				: new Worker(new URL('./outbox.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		worker = null;
	}
	if (worker) {
		worker.onmessage = (event: MessageEvent<Reply>) => {
			const entry = waiting.get(event.data.seq);
			if (!entry) return;
			waiting.delete(event.data.seq);
			if (event.data.ok) entry.resolve(event.data.committedAt ?? Date.now());
			else entry.reject(new Error(event.data.message ?? 'outbox write failed'));
		};
		// A worker that cannot load (its script not cached offline…) is dropped: the page writes itself.
		worker.onerror = () => {
			worker = null;
			failAll('outbox worker failed');
		};
	}
	return worker;
}

function viaWorker(target: Worker, item: OutboxItem, now: number): Promise<number> {
	return new Promise((resolve, reject) => {
		const id = ++seq;
		waiting.set(id, { resolve, reject });
		target.postMessage({ seq: id, item, now });
	});
}

/**
 * Stores a new submission; resolves with the commit's instant (ms since the epoch) once it is durable.
 * Same id twice keeps the first (a retry after a worker failure cannot double it).
 */
export async function addDurably(item: OutboxItem, now = Date.now()): Promise<number> {
	const target = writer();
	if (target) {
		try {
			return await viaWorker(target, item, now);
		} catch {
			// Fall through: the page writes it (idempotent on the id).
		}
	}
	await saveToOutbox(item, now);
	return performance.timeOrigin + performance.now();
}
