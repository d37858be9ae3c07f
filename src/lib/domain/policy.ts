// The prefecture's policy: deadlines, satisfaction threshold, publication and retention rules.
import * as z from 'zod/mini';
import { optionalEmail, optionalText, text } from './fields';

/** What visitors' pages read of the policy (the public policy read lists these fields only). */
export const publicPolicySchema = z.object({
	organisation_name: text(2, 120),
	organisation_address: optionalText(300),
	organisation_email: optionalEmail(),
	dpo_email: optionalEmail(),
	/** Where the data is hosted, in the prefecture's words (privacy notice, art. 30 register). */
	hosting: optionalText(300),
	complaint_deadline_days: z.int().check(z.minimum(1), z.maximum(60)),
	information_deadline_days: z.int().check(z.minimum(1), z.maximum(60)),
	satisfaction_threshold: z.number().check(z.minimum(0.01), z.maximum(1)),
	minimum_sample: z.int().check(z.minimum(1), z.maximum(1000)),
	retention_months: z.int().check(z.minimum(1), z.maximum(120)),
	/** How long the server's request logs (visitors' addresses) are kept. */
	log_retention_days: z.int().check(z.minimum(1), z.maximum(365)),
	kiosk_cooldown_seconds: z.optional(z.int().check(z.minimum(0), z.maximum(600)))
});
export type PublicPolicy = z.infer<typeof publicPolicySchema>;

/** How the threshold alerts look back: over the last days, or over the most recent answers with an opinion. */
export const ALERT_WINDOWS = ['days', 'answers'] as const;
export type AlertWindow = (typeof ALERT_WINDOWS)[number];

/** The policy's settings of the threshold alerts, read by the server's detection and by the referent. */
export const alertSettingsSchema = z.object({
	alert_window: z.enum(ALERT_WINDOWS),
	alert_window_size: z.int().check(z.minimum(1), z.maximum(1000)),
	/** Whether the site's agents receive its alerts' e-mails too (the referents always do). */
	alert_notify_agents: z.optional(z.boolean())
});

/** The whole policy record. */
export const policySchema = z.extend(publicPolicySchema, alertSettingsSchema.shape);
export type Policy = z.infer<typeof policySchema>;
