// Dates shown to staff on the kiosk status screen.

/** A long date and time ("22 novembre 2026 à 14:20") in `timeZone`, or null when `iso` is not a date. */
export function formatInstant(iso: string | null, locale: string, timeZone: string): string | null {
	if (!iso) return null;
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return null;
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}
