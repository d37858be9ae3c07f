import type { StaffRole } from '$lib/domain/accounts';

/** Referents and admins manage questionnaires, settings and publications (the API enforces it too). */
export const manages = (role: StaffRole | undefined): boolean => role === 'referent' || role === 'admin';
