// Figures as the board shows them: rates in per cent with one decimal, changes in signed points.
// One decimal everywhere, so the screen, the CSV export and the printed report say the same thing.

/** A proportion (0..1) in per cent, rounded to one decimal: 0.7244 → 72.4. */
export const percentOf = (value: number): number => Math.round(value * 1000) / 10;

const number = (locale: string) =>
	new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "72,4 %" (French) or "72.4%" (English); '—' for no value. */
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
	const text = number(locale).format(Math.abs(value));
	return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** Net satisfaction (−1..1) in signed points: 0.5 → "+50,0". */
export const formatNet = (value: number | null, locale: string): string =>
	formatPoints(value === null ? null : percentOf(value), locale);

/** "64,5 – 83,2 %": the interval in per cent. */
export function formatInterval(low: number | null, high: number | null, locale: string): string {
	if (low === null || high === null) return '—';
	return `${number(locale).format(percentOf(low))} – ${formatRate(high, locale)}`;
}

/** A count: "1 234". */
export const formatCount = (value: number, locale: string): string =>
	new Intl.NumberFormat(locale).format(value);
