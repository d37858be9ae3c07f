// The back office's reads and writes of kiosks (record CRUD here; enrolment, revocation and the PIN
// route in $lib/pb/kiosk-admin). The staff PIN is hashed in this browser: the PIN itself is never sent.
import type * as z from 'zod';
import { kioskHealthSchema, type Kiosk } from '$lib/domain/accounts';
import type { Language } from '$lib/domain/fields';
import type { ReceptionPoint, Site } from '$lib/domain/places';
import { protectPin } from '$lib/domain/pin';
import { pb } from '$lib/pb/client';
import * as kioskAdmin from '$lib/pb/kiosk-admin';
import type { Stored } from '$lib/pb/types';
import { randomPassword } from './secret';

export type KioskHealth = z.infer<typeof kioskHealthSchema>;
/** A kiosk as the list shows it; `health` is null until the device has reported a valid one. */
export type KioskRecord = Stored<Omit<Kiosk, 'health'>> & { health: KioskHealth | null };
export type SiteRecord = Stored<Pick<Site, 'name' | 'slug'>>;
export type PointRecord = Stored<Pick<ReceptionPoint, 'site' | 'name' | 'slug' | 'active'>>;

export interface NewKiosk {
	name: string;
	site: string;
	reception_point: string;
	languages: Language[];
	pin: string;
}

/** The page's load depends on it: invalidate it after every change. */
export const DEPENDENCY = 'qep:kiosks';

const KIOSK_FIELDS = 'id,name,site,reception_point,languages,status,last_seen_at,health';

/** The kiosks this member of staff may see (the API rules restrict agents to their sites). */
export async function list(): Promise<KioskRecord[]> {
	const records = await pb
		.collection('kiosks')
		.getFullList<Stored<Kiosk>>({ fields: KIOSK_FIELDS, requestKey: null });
	return records.map(withHealth);
}

/** Every site and reception point, by name (public reference data). */
export async function places(): Promise<{ sites: SiteRecord[]; points: PointRecord[] }> {
	const [sites, points] = await Promise.all([
		pb
			.collection('sites')
			.getFullList<SiteRecord>({ sort: 'name', fields: 'id,name,slug', requestKey: null }),
		pb.collection('reception_points').getFullList<PointRecord>({
			sort: 'name',
			fields: 'id,site,name,slug,active',
			requestKey: null
		})
	]);
	return { sites, points };
}

/**
 * Creates an active kiosk and sets its staff PIN's salted hash; throws the SDK error (field errors).
 * Two requests: should the PIN not be stored, the new kiosk is deleted again, so that no kiosk is
 * left without a PIN (if even that fails, "Change the PIN" on the list completes it).
 */
export async function create(kiosk: NewKiosk): Promise<KioskRecord> {
	const { pin, ...fields } = kiosk;
	const protectedPin = await protectPin(pin);
	const password = randomPassword();
	const record = await pb
		.collection('kiosks')
		.create<Stored<Kiosk>>(
			{ ...fields, status: 'active', password, passwordConfirm: password },
			{ fields: KIOSK_FIELDS }
		);
	try {
		await kioskAdmin.setPin(record.id, protectedPin);
	} catch (error) {
		await pb
			.collection('kiosks')
			.delete(record.id)
			.catch(() => undefined);
		throw error;
	}
	return withHealth(record);
}

/** Replaces the staff PIN of a kiosk. */
export async function setPin(kioskId: string, pin: string): Promise<void> {
	await kioskAdmin.setPin(kioskId, await protectPin(pin));
}

// The health report comes from the device: show it only when it has the expected shape.
function withHealth(record: Stored<Kiosk>): KioskRecord {
	const health = kioskHealthSchema.safeParse(record.health);
	return { ...record, health: health.success ? health.data : null };
}
