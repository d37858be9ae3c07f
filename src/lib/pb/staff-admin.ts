// Staff accounts through the record API. The staff collection's rules let only administrators create
// accounts, change their role and sites, and delete them; PocketBase's field errors come back as thrown
// ClientResponseErrors (see errors.ts).
import type { StaffRole } from '$lib/domain/accounts';
import { pb } from './client';

export interface StaffAccount {
	id: string;
	name: string;
	email: string;
	role: StaffRole;
	sites: string[];
}

export interface NewStaffAccount {
	name: string;
	email: string;
	role: StaffRole;
	sites: string[];
	password: string;
	passwordConfirm: string;
}

const FIELDS = 'id,name,email,role,sites';
const staff = () => pb.collection('staff');

/** Every account, by name (an administrator sees their e-mail addresses). */
export function list(): Promise<StaffAccount[]> {
	return staff().getFullList<StaffAccount>({ sort: 'name', fields: FIELDS, requestKey: null });
}

/** Creates an account that can sign in at once with its initial password. */
export function create(account: NewStaffAccount): Promise<StaffAccount> {
	// Marked verified: the administrator vouches for the address (sign-in does not depend on it).
	return staff().create<StaffAccount>({ ...account, verified: true }, { fields: FIELDS });
}

/** Changes an account's role and sites. */
export function update(id: string, change: { role: StaffRole; sites: string[] }): Promise<StaffAccount> {
	return staff().update<StaffAccount>(id, change, { fields: FIELDS });
}

/** Deletes an account. */
export async function remove(id: string): Promise<void> {
	await staff().delete(id);
}

export interface SiteChoice {
	id: string;
	name: string;
}

/** Every site an account may be attached to, by name (public reference data). */
export function sites(): Promise<SiteChoice[]> {
	return pb
		.collection('sites')
		.getFullList<SiteChoice>({ sort: 'name', fields: 'id,name', requestKey: null });
}
