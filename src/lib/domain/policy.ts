// The prefecture's policy: deadlines, satisfaction threshold, publication and retention rules.
import { z } from 'zod';
import { optionalEmail, optionalText, text } from './fields';

export const policySchema = z.object({
	organisation_name: text(2, 120),
	organisation_address: optionalText(300),
	organisation_email: optionalEmail(),
	dpo_email: optionalEmail(),
	/** Where the data is hosted, in the prefecture's words (privacy notice, art. 30 register). */
	hosting: optionalText(300),
	complaint_deadline_days: z.int().min(1).max(60),
	information_deadline_days: z.int().min(1).max(60),
	satisfaction_threshold: z.number().min(0.01).max(1),
	minimum_sample: z.int().min(1).max(1000),
	retention_months: z.int().min(1).max(120),
	/** How long the server's request logs (visitors' addresses) are kept. */
	log_retention_days: z.int().min(1).max(365),
	kiosk_cooldown_seconds: z.int().min(0).max(600).optional()
});
export type Policy = z.infer<typeof policySchema>;
