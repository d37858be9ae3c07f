// The prefecture's policy: deadlines, satisfaction threshold, publication and retention rules.
import * as z from 'zod/mini';
import { optionalEmail, optionalText, text } from './fields';

export const policySchema = z.object({
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
export type Policy = z.infer<typeof policySchema>;
