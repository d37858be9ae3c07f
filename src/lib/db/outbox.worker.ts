// Writes outbox items off the page's thread. A page that was just tapped renders a frame before the
// browser hands it IndexedDB's completion; a worker renders nothing, so the commit is known at once.
import type { OutboxItem } from './database';
import { saveToOutbox } from './direct';

interface Request {
	seq: number;
	item: OutboxItem;
	now: number;
}

self.onmessage = async (event: MessageEvent<Request>) => {
	const { seq, item, now } = event.data;
	try {
		await saveToOutbox(item, now);
		// The commit's instant, on the wall clock the page shares (time origins differ between contexts).
		self.postMessage({ seq, ok: true, committedAt: performance.timeOrigin + performance.now() });
	} catch (error) {
		self.postMessage({ seq, ok: false, message: String(error) });
	}
};
