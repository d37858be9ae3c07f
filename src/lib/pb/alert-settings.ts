// The policy's threshold-alert settings (issue 18), read and changed by the referent on the settings page:
// kept apart from the policy visitors' pages read, whose public read stays as short as it was.
import * as z from 'zod/mini';
import { alertSettingsSchema, type AlertWindow } from '$lib/domain/policy';
import { fieldsOf, parseAnswer } from './answer';
import { pb } from './client';
import { readAll } from './records';

export const alertSettingsRecordSchema = z.extend(alertSettingsSchema, { id: z.string() });
export type AlertSettings = z.infer<typeof alertSettingsRecordSchema>;

const FIELDS = fieldsOf(alertSettingsRecordSchema);

/** The settings of the policy (the first one made, as visitors' pages read it); null when there is none. */
export async function alertSettings(): Promise<AlertSettings | null> {
	const [policy] = await readAll('policies', alertSettingsRecordSchema, { sort: 'created' });
	return policy ?? null;
}

/** Changes them; PocketBase's refusals come back as thrown errors (400 with codes by field). */
export async function updateAlertSettings(
	id: string,
	change: { alert_window: AlertWindow; alert_window_size: number; alert_notify_agents: boolean }
): Promise<AlertSettings> {
	const saved = await pb.collection('policies').update(id, change, { fields: FIELDS, requestKey: null });
	return parseAnswer(alertSettingsRecordSchema, saved);
}
