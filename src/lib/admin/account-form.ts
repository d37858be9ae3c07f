// Staff accounts as the administrator edits them: what the form checks before sending (PocketBase has the
// last word and its field errors show next to the same fields), and the rules on roles and sites.
import { STAFF_ROLES, type StaffRole } from '$lib/domain/accounts';
import { m } from '$lib/i18n/messages';
import type { FieldErrors } from '$lib/pb/errors';
import { validateNewPassword } from './new-password';
import { worksEverywhere } from './sites';

export interface AccountDraft {
	name: string;
	email: string;
	role: StaffRole | '';
	sites: string[];
	password: string;
	passwordConfirm: string;
}

export const NAME = { min: 2, max: 120 } as const;
/** The staff collection's relation limit. */
export const MAX_SITES = 50;

// Deliberately loose: the server has the last word; this only catches obvious slips.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The form's fields in display order (focus goes to the first one in error). */
export const ACCOUNT_FIELDS = ['name', 'email', 'role', 'sites', 'password', 'passwordConfirm'] as const;

export const emptyAccount = (): AccountDraft => ({
	name: '',
	email: '',
	role: '',
	sites: [],
	password: '',
	passwordConfirm: ''
});

/** The sites stored for a role: an agent's own; none for those who work for every site. */
export function sitesFor(role: StaffRole, sites: readonly string[]): string[] {
	return worksEverywhere(role) ? [] : [...new Set(sites)];
}

function roleAndSites(draft: Pick<AccountDraft, 'role' | 'sites'>, errors: FieldErrors) {
	if (!(STAFF_ROLES as readonly string[]).includes(draft.role)) errors.role = m.admin_error_role();
	else if (draft.role === 'agent' && draft.sites.length === 0) errors.sites = m.admin_error_sites();
	if (draft.sites.length > MAX_SITES) errors.sites = m.admin_error_too_many_sites({ max: MAX_SITES });
}

/** Field errors of a new account before it is sent; empty when it can be created. */
export function validateNewAccount(draft: AccountDraft): FieldErrors {
	const errors: FieldErrors = {};
	const name = draft.name.trim();
	if (!name) errors.name = m.validation_required();
	else if (name.length < NAME.min) errors.name = m.admin_error_too_short({ min: NAME.min });
	else if (name.length > NAME.max) errors.name = m.admin_error_too_long({ max: NAME.max });
	const email = draft.email.trim();
	if (!email) errors.email = m.validation_required();
	else if (!EMAIL.test(email) || email.length > 254) errors.email = m.admin_error_email();
	roleAndSites(draft, errors);
	return { ...errors, ...validateNewPassword(draft) };
}

/** Field errors of a change of role and sites; empty when it can be saved. */
export function validateAccountChange(draft: Pick<AccountDraft, 'role' | 'sites'>): FieldErrors {
	const errors: FieldErrors = {};
	roleAndSites(draft, errors);
	return errors;
}

/** An administrator never deletes his own account, nor changes his own role (he would lock himself out). */
export function isSelf(accountId: string, me: { id: string } | null): boolean {
	return me !== null && me.id === accountId;
}
