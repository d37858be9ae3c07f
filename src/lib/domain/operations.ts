// What the administrators follow on the Exploitation page: each backup's outcome and the alerts raised and
// cleared (collection ops_events, written by the server's hooks only), and the status the server reports.
import * as z from 'zod/mini';
import { optionalText, text } from './fields';

export const OPS_EVENT_KINDS = ['backup', 'alert'] as const;
export const OPS_OUTCOMES = ['ok', 'failed', 'raised', 'cleared'] as const;

export const opsEventSchema = z.object({
	kind: z.enum(OPS_EVENT_KINDS),
	key: text(1, 200),
	outcome: z.enum(OPS_OUTCOMES),
	detail: optionalText(2000)
});
export type OpsEvent = z.infer<typeof opsEventSchema>;

const backupEvent = z.object({ at: z.string(), outcome: z.string(), detail: z.string() });

/** GET /api/qep/status (pocketbase/pb_hooks/lib/ops-status.js). */
export const opsStatusSchema = z.object({
	version: z.string(),
	mode: z.string(),
	checkedAt: z.string(),
	healthy: z.boolean(),
	migrations: z.object({ applied: z.int(), last: z.string(), pending: z.array(z.string()) }),
	backups: z.object({
		schedule: z.string(),
		keep: z.int(),
		s3: z.boolean(),
		last: z.nullable(backupEvent),
		recent: z.array(backupEvent)
	}),
	mail: z.object({
		state: z.enum(['not_configured', 'unknown', 'ok', 'failing']),
		lastSentAt: z.optional(z.string()),
		failingSince: z.optional(z.string()),
		lastError: z.optional(z.string())
	}),
	kiosks: z.object({
		active: z.int(),
		pending: z.int(),
		lagMinutes: z.int(),
		silent: z.array(
			z.object({
				id: z.string(),
				name: z.string(),
				site: z.string(),
				lastSeenAt: z.string(),
				silentDays: z.int()
			})
		)
	}),
	complaints: z.object({ overdue: z.int() }),
	alerts: z.array(z.object({ key: z.string(), subject: z.string(), since: z.string() }))
});
export type OpsStatus = z.infer<typeof opsStatusSchema>;
