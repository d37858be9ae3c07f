// The register of processing activities (RGPD art. 30): GET /api/qep/register (pocketbase/pb_hooks/
// lib/register-route.js), referents and administrators. The answer is data (keys and values); the back
// office words it (routes/(staff)/gestion/registre/labels.ts). Parsed here: a key this build does not know
// fails loudly rather than printing a blank line in the register.
import * as z from 'zod/mini';
import { pb } from './client';
import { parseAnswer } from './answer';

export const CATEGORIES = [
	'identity',
	'contact',
	'free_text',
	'attachments',
	'case',
	'case_text',
	'answers',
	'staff_identity',
	'staff_reference',
	'credentials',
	'connection'
] as const;
export const ACTIVITIES = ['surveys', 'complaints', 'suggestions', 'staff', 'logs'] as const;
export const LEGAL_BASES = ['quality_programme', 'public_interest', 'crpa', 'security'] as const;
export const PEOPLE = ['visitors', 'complainants', 'staff'] as const;
export const MEASURES = [
	'tls',
	'anonymous_rows',
	'roles',
	'hashed_tokens',
	'passwords',
	'rate_limits',
	'trail',
	'backups',
	'retention_job',
	'log_cleanup'
] as const;
type Measures = (typeof MEASURES)[number];

export const retentionSchema = z.discriminatedUnion('rule', [
	/** Personal data of an answered or closed item, `months` after its last action; a hold may delay it. */
	z.object({ rule: z.literal('after_closure'), months: z.int(), holdYears: z.int() }),
	/** `months` after the day the item was left. */
	z.object({ rule: z.literal('after_day'), months: z.int() }),
	z.object({ rule: z.literal('logs'), days: z.int() }),
	z.object({ rule: z.enum(['anonymous', 'anonymised', 'trail', 'unlimited', 'account']) })
]);

export const recipientSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.enum(['site_agents', 'referents', 'admins']), count: z.int() }),
	z.object({ kind: z.enum(['smtp', 's3']), host: z.string() }),
	z.object({ kind: z.enum(['all_staff', 'operator']) })
]);

export const measureSchema = z.union([
	z.object({ key: z.literal('passwords'), minLength: z.int() }),
	// Every other measure (zod/mini's enum has no `.exclude`).
	z.object({ key: z.enum(MEASURES.filter((m): m is Exclude<Measures, 'passwords'> => m !== 'passwords')) })
]);

export const activitySchema = z.object({
	key: z.enum(ACTIVITIES),
	legalBases: z.array(z.enum(LEGAL_BASES)),
	people: z.array(z.enum(PEOPLE)),
	/** Each category with its fields ("collection.field", as the live schema has them) and retention. */
	data: z.array(
		z.object({ category: z.enum(CATEGORIES), fields: z.array(z.string()), retention: retentionSchema })
	),
	recipients: z.array(recipientSchema),
	measures: z.array(measureSchema)
});

export const registerSchema = z.object({
	generatedAt: z.string(),
	organisation: z.object({ name: z.string(), address: z.string(), email: z.string() }),
	dpoEmail: z.string(),
	hosting: z.string(),
	/** The only way data may leave the EU: backups sent to this S3 host. */
	transfers: z.object({ s3Host: z.nullable(z.string()) }),
	backups: z.object({
		enabled: z.boolean(),
		cron: z.string(),
		keep: z.int(),
		/** How long an erased value lives on in backups, when the schedule says it plainly. */
		spanDays: z.nullable(z.int()),
		s3Host: z.nullable(z.string())
	}),
	activities: z.array(activitySchema),
	/** Fields of the data model the register does not classify yet ("collection.field"). */
	unclassified: z.array(z.string())
});

export type Register = z.infer<typeof registerSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Retention = z.infer<typeof retentionSchema>;
export type Recipient = z.infer<typeof recipientSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Category = (typeof CATEGORIES)[number];

/** The register as the server builds it now (referents and administrators). */
export async function get(): Promise<Register> {
	return parseAnswer(registerSchema, await pb.send('/api/qep/register', { requestKey: null }));
}
