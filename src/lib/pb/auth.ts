import { pb } from './client';
import { staffRecordSchema, type Staff } from './types';
import { parseAnswer } from './answer';

/** The signed-in staff member, if the stored token is still valid and its record has the staff's shape. */
export function currentStaff(): Staff | null {
	if (!pb.authStore.isValid) return null;
	return staffRecordSchema.safeParse(pb.authStore.record).data ?? null;
}

/** Signs a staff member in with e-mail and password; throws the SDK's ClientResponseError. */
export async function signIn(email: string, password: string): Promise<Staff> {
	const { record } = await pb.collection('staff').authWithPassword(email, password);
	return parseAnswer(staffRecordSchema, record);
}

/** Checks the token with the server and renews it; throws when it was revoked or expired. */
export async function refresh(): Promise<Staff> {
	const { record } = await pb.collection('staff').authRefresh();
	return parseAnswer(staffRecordSchema, record);
}

/** Forgets the session on this device. */
export function signOut(): void {
	pb.authStore.clear();
}

/** Calls `listener` whenever the session changes (here or in another tab); returns the unsubscriber. */
export function onChange(listener: () => void): () => void {
	return pb.authStore.onChange(listener);
}

/**
 * Asks PocketBase to e-mail a reset link to this address. It answers the same whether or not an account
 * uses the address, so the page never tells who has an account.
 */
export async function requestPasswordReset(email: string): Promise<void> {
	await pb.collection('staff').requestPasswordReset(email);
}

/** Sets a new password with the token of a reset link; every session of the account is signed out. */
export async function confirmPasswordReset(
	token: string,
	password: string,
	passwordConfirm: string
): Promise<void> {
	await pb.collection('staff').confirmPasswordReset(token, password, passwordConfirm);
}
