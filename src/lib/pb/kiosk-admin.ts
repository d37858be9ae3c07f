// Back-office calls about kiosks that are not plain record CRUD.
import { pb } from './client';

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
