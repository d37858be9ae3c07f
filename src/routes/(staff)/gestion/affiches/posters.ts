// Pure helpers of the poster page.

/** Where a poster's QR code leads: the web survey, for that site and reception point. */
export function posterUrl(origin: string, siteSlug: string, pointSlug: string): string {
	const url = new URL('/avis', origin);
	url.searchParams.set('site', siteSlug);
	url.searchParams.set('point', pointSlug);
	return url.href;
}

/** The active reception points of a site, by name: one poster each. */
export function postersOf<T extends { site: string; name: string; active?: boolean }>(
	points: readonly T[],
	siteId: string,
	locale: string
): T[] {
	const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
	return points.filter((p) => p.site === siteId && p.active).sort((a, b) => collator.compare(a.name, b.name));
}

/** The sites a member of staff prints posters for: their own sites for agents, every site otherwise. */
export function sitesFor<T extends { id: string }>(
	sites: readonly T[],
	staff: { role: string; sites?: string[] } | null
): T[] {
	if (!staff) return [];
	if (staff.role !== 'agent') return [...sites];
	const own = new Set(staff.sites ?? []);
	return sites.filter((s) => own.has(s.id));
}
