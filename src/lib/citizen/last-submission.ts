// The complaint this tab just submitted, so that a reload (offline too) shows its status again rather than
// an empty form. Kept for the tab's session only.
import * as z from 'zod/mini';

const KEY = 'qep.complaint.last';

const lastSchema = z.object({
	id: z.string(),
	token: z.string(),
	site: z.string(),
	service: z.string()
});
export type LastSubmission = z.infer<typeof lastSchema>;

/** The last submission of this tab, or null. */
export function read(storage: Storage = sessionStorage): LastSubmission | null {
	try {
		const parsed = lastSchema.safeParse(JSON.parse(storage.getItem(KEY) ?? 'null'));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

export function write(value: LastSubmission, storage: Storage = sessionStorage): void {
	try {
		storage.setItem(KEY, JSON.stringify(value));
	} catch {
		// Storage unavailable: the status shows until the page is left.
	}
}

export function clear(storage: Storage = sessionStorage): void {
	try {
		storage.removeItem(KEY);
	} catch {
		// Nothing to clear.
	}
}
