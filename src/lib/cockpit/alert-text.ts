// How an alert reads in the back office: its place as staff name it, and the figures that opened it, in
// the reader's language. Pure.
import type { AlertRecord } from '$lib/pb/alerts';
import { formatCount, formatDay, formatInterval, formatRate } from '$lib/format';
import { m } from '$lib/i18n/messages';

/** "Accueil général – Préfecture de la Moselle", a site's name, "Engagement 2 – …", a kiosk's name. */
export function alertPlace(alert: AlertRecord): string {
	const names = alert.expand ?? {};
	const site = names.site?.name ?? '';
	const withSite = (name: string | undefined) => [name, site].filter(Boolean).join(' – ');
	switch (alert.scope) {
		case 'point':
			return withSite(names.reception_point?.name);
		case 'kiosk':
			return withSite(names.kiosk?.name);
		case 'engagement':
			return names.engagement ? m.alerts_engagement(names.engagement) : '';
		default:
			return site;
	}
}

/** The figures that opened it: the window's rate and interval, or the day's rate against the usual. */
export function alertFigures(alert: AlertRecord, locale: string): string {
	const f = alert.figures;
	if (!f) return '';
	const rate = formatRate(f.rate, locale);
	const n = formatCount(f.n, locale);
	if (alert.kind === 'sudden')
		return m.alerts_figures_day({
			day: formatDay(f.to, locale),
			rate,
			n,
			usual: formatRate(f.usual?.rate ?? null, locale)
		});
	return m.alerts_figures_window({
		rate,
		n,
		from: formatDay(f.from, locale),
		to: formatDay(f.to, locale),
		interval: formatInterval(f.low, f.high, locale)
	});
}
