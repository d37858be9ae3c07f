// The back office's reads and writes of kiosks (the calls in $lib/pb/kiosk-admin and $lib/pb/places). The
// staff PIN is hashed in this browser: the PIN itself is never sent.
import type * as z from 'zod/mini';
import { kioskHealthSchema, type Kiosk } from '$lib/domain/accounts';
import type { Language } from '$lib/domain/fields';
import { protectPin } from '$lib/domain/pin';
import * as kioskAdmin from '$lib/pb/kiosk-admin';
import * as reference from '$lib/pb/places';
import type { NamedPoint, NamedSite } from '$lib/pb/places';
import type { Stored } from '$lib/pb/types';
import { randomPassword } from './secret';

export type KioskHealth = z.infer<typeof kioskHealthSchema>;
/** A kiosk as the list shows it; `health` is null until the device has reported a valid one. */
export type KioskRecord = Stored<Omit<Kiosk, 'health'>> & { health: KioskHealth | null };
export type SiteRecord = NamedSite;
export type PointRecord = NamedPoint;

export interface NewKiosk {
	name: string;
	site: string;
	reception_point: string;
	languages: Language[];
	pin: string;
}

/** The page's load depends on it: invalidate it after every change. */
export const DEPENDENCY = 'qep:kiosks';

/** The kiosks this member of staff may see (the API rules restrict agents to their sites). */
export async function list(): Promise<KioskRecord[]> {
	return (await kioskAdmin.list()).map(withHealth);
}

/** Every site and reception point, by name (public reference data). */
export async function places(): Promise<{ sites: SiteRecord[]; points: PointRecord[] }> {
	const [sites, points] = await Promise.all([reference.sites(), reference.points()]);
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
	const record = await kioskAdmin.create({
		...fields,
		status: 'active',
		password,
		passwordConfirm: password
	});
	try {
		await kioskAdmin.setPin(record.id, protectedPin);
	} catch (error) {
		await kioskAdmin.remove(record.id).catch(() => undefined);
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
