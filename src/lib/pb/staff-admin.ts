// Staff accounts through the record API. The staff collection's rules let only administrators create
// accounts, change their role and sites, and delete them; PocketBase's field errors come back as thrown
// ClientResponseErrors (see errors.ts); its answers are parsed here (see answer.ts).
import * as z from 'zod/mini';
import { STAFF_ROLES, type StaffRole } from '$lib/domain/accounts';
import { fieldsOf, parseAnswer } from './answer';
import { readAll } from './records';
import { pb } from './client';

export const staffAccountSchema = z.object({
	id: z.string(),
	name: z.string(),
	email: z.string(),
	role: z.enum(STAFF_ROLES),
	sites: z.array(z.string())
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;

export interface NewStaffAccount {
	name: string;
	email: string;
	role: StaffRole;
	sites: string[];
	password: string;
	passwordConfirm: string;
}

const FIELDS = fieldsOf(staffAccountSchema);
const staff = () => pb.collection('staff');

/** Every account, by name (an administrator sees their e-mail addresses). */
export function list(): Promise<StaffAccount[]> {
	return readAll('staff', staffAccountSchema, { sort: 'name' });
}

/** Creates an account that can sign in at once with its initial password. */
export async function create(account: NewStaffAccount): Promise<StaffAccount> {
	// Marked verified: the administrator vouches for the address (sign-in does not depend on it).
	return parseAnswer(
		staffAccountSchema,
		await staff().create({ ...account, verified: true }, { fields: FIELDS })
	);
}

/** Changes an account's role and sites. */
export async function update(
	id: string,
	change: { role: StaffRole; sites: string[] }
): Promise<StaffAccount> {
	return parseAnswer(staffAccountSchema, await staff().update(id, change, { fields: FIELDS }));
}

/** Deletes an account. */
export async function remove(id: string): Promise<void> {
	await staff().delete(id);
}

export const siteChoiceSchema = z.object({ id: z.string(), name: z.string() });
export type SiteChoice = z.infer<typeof siteChoiceSchema>;

/** Every site an account may be attached to, by name (public reference data). */
export function sites(): Promise<SiteChoice[]> {
	return readAll('sites', siteChoiceSchema, { sort: 'name' });
}
