// Whom an item can be assigned to: staff who work for its site (its agents, and referents and admins who
// see every site), as the server checks it (pocketbase/pb_hooks/lib/staff-access.js).
import type { StaffMember } from '$lib/pb/complaint';

export type { StaffMember };

/** The colleagues who may take an item of `siteId`, by name. */
export function colleaguesFor(staff: readonly StaffMember[], siteId: string, locale: string): StaffMember[] {
	const collator = new Intl.Collator(locale, { sensitivity: 'base' });
	return staff
		.filter((s) => s.role === 'referent' || s.role === 'admin' || (s.sites ?? []).includes(siteId))
		.sort((a, b) => collator.compare(a.name, b.name));
}
