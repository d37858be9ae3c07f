// A staff role as the back office names it.
import type { StaffRole } from '$lib/domain/accounts';
import { m } from '$lib/i18n/messages';

const LABELS: Record<StaffRole, () => string> = {
	agent: m.role_agent,
	referent: m.role_referent,
	admin: m.role_admin
};

/** The role's name in the catalogue; an unknown role as it is. */
export function roleLabel(role: string): string {
	return (LABELS as Record<string, (() => string) | undefined>)[role]?.() ?? role;
}
