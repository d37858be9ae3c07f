// Back-office calls about kiosks: the record API (list, create, delete; the rules restrict agents to their
// sites) and the routes for enrolment and the staff PIN. Answers are parsed here (see answer.ts).
import * as z from 'zod/mini';
import { kioskHealthSchema, kioskSchema, type Kiosk } from '$lib/domain/accounts';
import { fieldsOf, parseAnswer } from './answer';
import { readAll } from './records';
import { pb } from './client';
import type { Stored } from './types';

export const kioskRecordSchema = z.extend(
	z.pick(kioskSchema, {
		name: true,
		site: true,
		reception_point: true,
		languages: true,
		status: true,
		last_seen_at: true
	}),
	{
		id: z.string(),
		// What the device reported, unchecked by the server: left out (undefined) when it is not a health report.
		health: z.catch(z.optional(kioskHealthSchema), undefined)
	}
);

const KIOSK_FIELDS = fieldsOf(kioskRecordSchema);

/** The kiosks the caller may see. */
export function list(): Promise<Stored<Kiosk>[]> {
	return readAll('kiosks', kioskRecordSchema);
}

/** Creates a kiosk record (its auth password included); throws the SDK error (field errors). */
export async function create(fields: Record<string, unknown>): Promise<Stored<Kiosk>> {
	return parseAnswer(
		kioskRecordSchema,
		await pb.collection('kiosks').create(fields, { fields: KIOSK_FIELDS })
	);
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

const enrolmentSchema = z.object({ code: z.string().check(z.minLength(1)), expiresAt: z.string() });

/** Creates a new one-time enrolment link for a kiosk (referent/admin); any previous one stops working. */
export async function createEnrolment(kioskId: string): Promise<Enrolment> {
	const answer = await pb.send(`/api/qep/kiosks/${kioskId}/enrolment`, { method: 'POST' });
	const result = parseAnswer(enrolmentSchema, answer);
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
