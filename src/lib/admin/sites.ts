// Which sites a member of staff may record something for: an agent, his own sites; a referent or an
// administrator, every site (the server checks the same: site `wrong_site` otherwise).
import type { StaffRole } from '$lib/domain/accounts';

export interface SiteScope {
	role: StaffRole;
	sites?: readonly string[];
}

/** True when the role works for every site. */
export function worksEverywhere(role: StaffRole): boolean {
	return role === 'referent' || role === 'admin';
}

/** May this member of staff record items for the site? */
export function mayPickSite(staff: SiteScope | null, siteId: string): boolean {
	if (!staff) return false;
	return worksEverywhere(staff.role) || (staff.sites ?? []).includes(siteId);
}

/** The sites offered to this member of staff, in the given order. */
export function selectableSites<S extends { id: string }>(sites: readonly S[], staff: SiteScope | null): S[] {
	return sites.filter((site) => mayPickSite(staff, site.id));
}

/** The site to preselect: the only one offered, else none (''). */
export function preselectedSite(sites: readonly { id: string }[]): string {
	return sites.length === 1 ? sites[0]!.id : '';
}
