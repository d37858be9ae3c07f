// Survey answers keep the day, at the site's time zone, never the device's clock zone or the time.

/** The calendar date ('YYYY-MM-DD') of `instant` in the IANA `timeZone`. */
export function dayIn(timeZone: string, instant: Date = new Date()): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).formatToParts(instant);
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')}`;
}
