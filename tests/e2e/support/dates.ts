// The long French date the app writes for a day, worked out apart from the app (src/lib/format.ts):
// Intl's "1 novembre 2026", with the first of the month as French writes it, "1er novembre 2026".

const LONG = { day: 'numeric', month: 'long', year: 'numeric' } as const;

/** The day of `at` on the clock of `timeZone`, as the pages write it in French. */
export function frenchDay(at: Date, timeZone = 'Europe/Paris'): string {
	return new Intl.DateTimeFormat('fr-FR', { ...LONG, timeZone }).format(at).replace(/^1 /, '1er ');
}
