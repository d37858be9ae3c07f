// How numbers and dates read on every screen, in the reader's language: the one place where they are
// formatted, so that the same rate or the same instant reads the same on the board, the results page, the
// desk and the kiosk. Instants are shown in the zone given (a site's, the prefecture's), never the
// device's unless none is given; calendar days ('YYYY-MM-DD') are formatted in UTC so no zone shifts them.
// Arguments: the value, the locale, then the time zone. Pure.

// ---- numbers

/** A proportion (0..1) in per cent, rounded to one decimal: 0.7244 → 72.4. */
export const percentOf = (value: number): number => Math.round(value * 1000) / 10;

const oneDecimal = (locale: string) =>
	new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A rate (0..1) in per cent with one decimal, everywhere (the screen, the CSV export and the printed
 * report say the same): "72,4 %" (French) or "72.4%" (English); '—' for no value.
 */
export function formatRate(value: number | null, locale: string): string {
	if (value === null) return '—';
	return new Intl.NumberFormat(locale, {
		style: 'percent',
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(percentOf(value) / 100);
}

/** "+3,1" / "−12,5" / "0,0" points; '—' for no value. */
export function formatPoints(value: number | null, locale: string): string {
	if (value === null) return '—';
	const text = oneDecimal(locale).format(Math.abs(value));
	return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** Net satisfaction (−1..1) in signed points: 0.5 → "+50,0". */
export const formatNet = (value: number | null, locale: string): string =>
	formatPoints(value === null ? null : percentOf(value), locale);

/** "64,5 – 83,2 %": an interval of rates in per cent. */
export function formatInterval(low: number | null, high: number | null, locale: string): string {
	if (low === null || high === null) return '—';
	return `${oneDecimal(locale).format(percentOf(low))} – ${formatRate(high, locale)}`;
}

/** A count with the language's thousands separator: "1 234". */
export const formatCount = (value: number, locale: string): string =>
	new Intl.NumberFormat(locale).format(value);

/** A file's size as people read it: "532 octets", "12,3 ko", "4,8 Mo" (decimal units). */
export function formatFileSize(bytes: number, locale: string): string {
	const format = (value: number, unit: string, unitDisplay: 'long' | 'short') =>
		new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay, maximumFractionDigits: 1 }).format(
			value
		);
	if (bytes < 1000) return format(bytes, 'byte', 'long');
	if (bytes < 1_000_000) return format(bytes / 1000, 'kilobyte', 'short');
	return format(bytes / 1_000_000, 'megabyte', 'short');
}

// ---- dates

/**
 * A date as `format` writes it, the first of the month as French writes it: "1er novembre", where Intl
 * says "1 novembre" (Imprimerie nationale's rule, as the e-mails spell it: pb_hooks/lib/mail-format.js).
 */
function dateText(format: Intl.DateTimeFormat, date: Date): string {
	if (!format.resolvedOptions().locale.startsWith('fr')) return format.format(date);
	return format
		.formatToParts(date)
		.map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
		.join('');
}

/** An instant given as ms, a Date, ISO 8601 or PocketBase's "2026-11-22 14:20:59.586Z"; null when empty or not a date. */
export function parseInstant(value: Date | number | string | null | undefined): Date | null {
	if (value === null || value === undefined || value === '') return null;
	const date =
		value instanceof Date
			? value
			: typeof value === 'number'
				? new Date(value)
				: new Date(value.replace(' ', 'T'));
	return Number.isNaN(date.getTime()) ? null : date;
}

/** '2026-10-01' (or the start of a PocketBase datetime) → "1er octobre 2026"; anything else as given. */
export function formatDay(day: string, locale: string): string {
	const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return day;
	return dateText(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }), date);
}

/** 'YYYY-MM' → "octobre 2026"; anything else as given. */
export function formatMonth(month: string, locale: string): string {
	const date = new Date(`${month}-01T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return month;
	return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "22 novembre 2026 à 14:20" in `timeZone`; '' when `value` is empty or not a date. */
export function formatInstant(
	value: Date | number | string | null | undefined,
	locale: string,
	timeZone?: string
): string {
	const date = parseInstant(value);
	if (!date) return '';
	return dateText(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }), date);
}

/** The day and the time apart ("23 novembre 2026", "10:05") in `timeZone`, for sentences that place them. */
export function dateAndTime(
	value: Date | number | string,
	locale: string,
	timeZone?: string
): { date: string; time: string } {
	const instant = parseInstant(value) ?? new Date(NaN);
	return {
		date: dateText(
			new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }),
			instant
		),
		time: new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(instant)
	};
}

/** The day with its weekday ("lundi 14 décembre 2026") in `timeZone`: a deadline is the end of that day there. */
export function longDate(value: Date | number | string, locale: string, timeZone?: string): string {
	return dateText(
		new Intl.DateTimeFormat(locale, {
			timeZone,
			weekday: 'long',
			day: 'numeric',
			month: 'long',
			year: 'numeric'
		}),
		parseInstant(value) ?? new Date(NaN)
	);
}

/** "14/12/2026" in `timeZone`, for narrow columns. */
export function shortDate(value: Date | number | string, locale: string, timeZone?: string): string {
	return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short' }).format(
		parseInstant(value) ?? new Date(NaN)
	);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "il y a 5 min", "il y a 3 h", "hier"… up to a week before `now`, then the date ("12 nov. 2026"). */
export function formatRelative(at: Date, now: Date, locale: string): string {
	const elapsed = Math.max(0, now.getTime() - at.getTime());
	const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
	if (elapsed < MINUTE) return relative.format(0, 'second');
	if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
	if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
	if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day');
	return dateText(new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), at);
}
