// Shapes of the records the public and staff screens read. They mirror pocketbase/pb_migrations;
// replace them with the zod-inferred types of lib/domain once those exist.

/** The prefecture's policy: a single public record. */
export interface Policy {
	id: string;
	organisation_name: string;
	organisation_address: string;
	organisation_email: string;
	complaint_deadline_days: number;
	information_deadline_days: number;
	satisfaction_threshold: number;
	minimum_sample: number;
	retention_months: number;
	kiosk_cooldown_seconds: number;
}

/** A Qual-e-pref engagement (module 1: engagements 1–20, module 2: 21–23). */
export interface Engagement {
	id: string;
	module: number;
	number: number;
	theme: string;
	label: string;
}

export type StaffRole = 'agent' | 'referent' | 'admin';

/** A signed-in member of staff (auth collection `staff`). */
export interface Staff {
	id: string;
	collectionName: 'staff';
	email: string;
	name: string;
	role: StaffRole;
	sites: string[];
}
