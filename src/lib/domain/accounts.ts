// Staff accounts and enrolled kiosk devices.
import * as z from 'zod/mini';
import {
	LANGUAGES,
	json,
	optionalDate,
	optionalRelation,
	optionalText,
	relation,
	relations,
	text
} from './fields';

export const STAFF_ROLES = ['agent', 'referent', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const staffSchema = z.object({
	name: text(2, 120),
	role: z.enum(STAFF_ROLES),
	sites: z.optional(relations('sites', 50))
});
export type Staff = z.infer<typeof staffSchema>;

export const KIOSK_STATUSES = ['active', 'revoked'] as const;

/** What a kiosk reports about itself with each sync. */
export const kioskHealthSchema = z.object({
	pending: z.int().check(z.minimum(0)),
	lastSyncAt: z.optional(z.string()),
	persisted: z.boolean(),
	appVersion: z.string().check(z.maxLength(40))
});

export const kioskSchema = z.object({
	name: text(2, 120),
	site: relation('sites'),
	reception_point: optionalRelation('reception_points'),
	languages: z.array(z.enum(LANGUAGES)).check(z.minLength(1), z.maxLength(LANGUAGES.length)),
	status: z.enum(KIOSK_STATUSES),
	last_seen_at: optionalDate(),
	health: z.optional(json(kioskHealthSchema)),
	// Server-side only (hidden): enrolment code hash and expiry, staff PIN hash.
	enrolment_hash: optionalText(64),
	enrolment_expires_at: optionalDate(),
	pin_salt: optionalText(64, /^[0-9a-f]*$/),
	pin_hash: optionalText(64, /^[0-9a-f]*$/),
	pin_iterations: z.optional(z.int().check(z.minimum(0), z.maximum(10_000_000)))
});
export type Kiosk = z.infer<typeof kioskSchema>;
