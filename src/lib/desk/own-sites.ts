// The sites a staff member works on: an agent's own (the API shows them nothing elsewhere), every site for
// referents and administrators. Filters offer these only, so that no choice leads to an empty list.

/** @param staff the signed-in staff member (null: not known yet, every site) */
export function ownSites<T extends { id: string }>(
	staff: { role: string; sites?: string[] } | null,
	sites: T[]
): T[] {
	if (!staff || staff.role !== 'agent') return sites;
	const own = new Set(staff.sites ?? []);
	return sites.filter((site) => own.has(site.id));
}
