// Instants as agents read them: in the item's site's time zone (the prefecture's clock), never the device's.
import { dateAndTime, longDate } from '$lib/citizen/format';
import { m } from '$lib/paraglide/messages.js';

/** A PocketBase datetime ("2026-11-22 14:20:59.586Z") as ISO 8601; '' stays ''. */
export const isoOf = (value: string | null | undefined): string => (value ? value.replace(' ', 'T') : '');

/** "23 novembre 2026 à 10:05" in `timeZone`. */
export function dateTimeIn(value: string, timeZone: string | undefined, locale: string): string {
	return m.desk_datetime(dateAndTime(isoOf(value), timeZone, locale));
}

/** "lundi 14 décembre 2026" in `timeZone` (a deadline is the end of that day there). */
export function dayIn(value: string, timeZone: string | undefined, locale: string): string {
	return longDate(isoOf(value), timeZone, locale);
}

/** "14/12/2026" in `timeZone`, for the inbox's narrow column. */
export function shortDayIn(value: string, timeZone: string | undefined, locale: string): string {
	return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short' }).format(new Date(isoOf(value)));
}
