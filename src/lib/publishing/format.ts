// Numbers and dates of the results pages, in the reader's language. Days are plain calendar days
// ('YYYY-MM-DD'), formatted in UTC so the device's zone never shifts them. Pure.

/** 0.8512 → "85,1 %" (French) or "85.1%" (English). */
export function formatRate(rate: number, locale: string): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** '2026-10-01' → "1 octobre 2026". */
export function formatDay(day: string, locale: string): string {
	const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return day;
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An instant (ms, ISO or PocketBase's "2026-11-02 08:00:00.000Z") as date and time in `timeZone`. */
export function formatInstant(instant: number | string, locale: string, timeZone?: string): string {
	const date = typeof instant === 'number' ? new Date(instant) : new Date(instant.replace(' ', 'T'));
	if (Number.isNaN(date.getTime())) return String(instant);
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}

/** 'YYYY-MM' → "octobre 2026". */
export function formatMonth(month: string, locale: string): string {
	const date = new Date(`${month}-01T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return month;
	return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
