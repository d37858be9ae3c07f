// Records as the SDK returns them: the zod-described fields of lib/domain plus PocketBase's id. The
// schemas parse the server's answers (see answer.ts); the types are theirs.
import * as z from 'zod/mini';
import { staffSchema } from '$lib/domain/accounts';
import { engagementSchema } from '$lib/domain/engagements';
import { publicPolicySchema } from '$lib/domain/policy';

export type { StaffRole } from '$lib/domain/accounts';

/** A stored record of shape T. */
export type Stored<T> = T & { id: string };

/** The prefecture's policy as visitors' pages and the settings page read it (the alert settings aside). */
export const policyRecordSchema = z.extend(publicPolicySchema, { id: z.string() });
export type Policy = z.infer<typeof policyRecordSchema>;

/** A Qual-e-pref engagement (module 1: engagements 1–20, module 2: 21–23). */
export const engagementRecordSchema = z.extend(engagementSchema, { id: z.string() });
export type Engagement = z.infer<typeof engagementRecordSchema>;

/** A signed-in member of staff (auth collection `staff`). */
export const staffRecordSchema = z.extend(staffSchema, {
	id: z.string(),
	collectionName: z.literal('staff'),
	email: z.string()
});
export type Staff = z.infer<typeof staffRecordSchema>;
