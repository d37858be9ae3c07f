// Back-office calls about kiosks: the record API (list, create, delete; the rules restrict agents to their
// sites) and the routes for enrolment and the staff PIN.
import type { Kiosk } from '$lib/domain/accounts';
import { pb } from './client';
import type { Stored } from './types';

const KIOSK_FIELDS = 'id,name,site,reception_point,languages,status,last_seen_at,health';

/** The kiosks the caller may see (their health as the device reported it: check it before use). */
export function list(): Promise<Stored<Kiosk>[]> {
	return pb.collection('kiosks').getFullList<Stored<Kiosk>>({ fields: KIOSK_FIELDS, requestKey: null });
}

/** Creates a kiosk record (its auth password included); throws the SDK error (field errors). */
export function create(fields: Record<string, unknown>): Promise<Stored<Kiosk>> {
	return pb.collection('kiosks').create<Stored<Kiosk>>(fields, { fields: KIOSK_FIELDS });
}

/** Deletes a kiosk record. */
export async function remove(kioskId: string): Promise<void> {
	await pb.collection('kiosks').delete(kioskId);
}

export interface Enrolment {
	/** The one-time code (shown once; only its hash is stored). */
	code: string;
	/** Absolute URL to open on the tablet; the code travels in the fragment, never to the server logs. */
	url: string;
	/** ISO instant after which the code no longer works. */
	expiresAt: string;
}

/** Creates a new one-time enrolment link for a kiosk (referent/admin); any previous one stops working. */
export async function createEnrolment(kioskId: string): Promise<Enrolment> {
	const result = await pb.send<{ code: string; expiresAt: string }>(`/api/qep/kiosks/${kioskId}/enrolment`, {
		method: 'POST'
	});
	return { ...result, url: `${location.origin}/borne/inscription#${result.code}` };
}

/** Revokes a kiosk: it can no longer send nor renew its token; what it holds stays on the device. */
export async function revoke(kioskId: string): Promise<void> {
	await pb.collection('kiosks').update(kioskId, { status: 'revoked' });
}

/** Stores the hash of a kiosk's staff PIN (from `protectPin`, computed in this browser). */
export async function setPin(
	kioskId: string,
	pin: { salt: string; hash: string; iterations: number }
): Promise<void> {
	await pb.send(`/api/qep/kiosks/${kioskId}/pin`, { method: 'POST', body: pin });
}
