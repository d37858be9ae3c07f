// Pure helpers of the kiosk list: staleness and order (dates are written by $lib/format).

const HOUR = 3_600_000;

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
