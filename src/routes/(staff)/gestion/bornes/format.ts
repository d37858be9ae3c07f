// Pure helpers of the kiosk list: dates as people read them, staleness, order.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A PocketBase datetime ("2026-11-22 14:20:59.586Z") or ISO string as a Date; null when empty or invalid. */
export function parseDate(value: string | null | undefined): Date | null {
	if (!value) return null;
	const date = new Date(value.replace(' ', 'T'));
	return Number.isNaN(date.getTime()) ? null : date;
}

/** "il y a 5 min", "il y a 3 h", "hier"… up to a week, then the date ("12 nov. 2026"). */
export function formatRelative(at: Date, now: Date, locale: string): string {
	const elapsed = Math.max(0, now.getTime() - at.getTime());
	const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
	if (elapsed < MINUTE) return relative.format(0, 'second');
	if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
	if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
	if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day');
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(at);
}

/** Date and time in full ("22 novembre 2026 à 14:47"), for a tooltip or a screen reader. */
export function formatDateTime(at: Date, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(at);
}

/** The day and the time apart, for sentences such as "valable jusqu'au {date} à {time}". */
export function splitDateTime(at: Date, locale: string): { date: string; time: string } {
	return {
		date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(at),
		time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at)
	};
}

/**
 * True when the kiosk holds unsent items and has not been heard of for more than an hour: someone
 * should look at the tablet (network, power, revoked session).
 */
export function needsAttention(pending: number | undefined, lastSeen: Date | null, now: Date): boolean {
	if (!pending || pending <= 0) return false;
	return lastSeen === null || now.getTime() - lastSeen.getTime() > HOUR;
}

/** Sorted by site name, then by kiosk name, as a French reader expects (accents, numbers). */
export function sortBySiteThenName<T extends { name: string; site: string }>(
	items: readonly T[],
	siteName: (id: string) => string,
	locale: string
): T[] {
	const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
	return [...items].sort(
		(a, b) => collator.compare(siteName(a.site), siteName(b.site)) || collator.compare(a.name, b.name)
	);
}
