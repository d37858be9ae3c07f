// Dates of a receipt as the citizen reads them: in the site's time zone (the prefecture's own clock),
// never the device's.

/** `iso` as a long date and a time ("23 novembre 2026", "10:05") in `timeZone`, in `locale`. */
export function dateAndTime(
	iso: string,
	timeZone: string | undefined,
	locale: string
): { date: string; time: string } {
	const instant = new Date(iso);
	return {
		date: new Intl.DateTimeFormat(locale, {
			timeZone,
			day: 'numeric',
			month: 'long',
			year: 'numeric'
		}).format(instant),
		time: new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(instant)
	};
}

/** `iso` as a long date with its weekday ("lundi 14 décembre 2026") in `timeZone`. */
export function longDate(iso: string, timeZone: string | undefined, locale: string): string {
	return new Intl.DateTimeFormat(locale, {
		timeZone,
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(new Date(iso));
}

/** The private tracking link: the token travels in the fragment, which browsers never send to a server. */
export function trackingLink(origin: string, token: string): string {
	return `${origin}/suivi#${token}`;
}
