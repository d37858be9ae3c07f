// Records as the SDK returns them: the zod-described fields of lib/domain plus PocketBase's id. The
// schemas parse the server's answers (see answer.ts); the types are theirs.
import { z } from 'zod';
import { staffSchema } from '$lib/domain/accounts';
import { engagementSchema } from '$lib/domain/engagements';
import { policySchema } from '$lib/domain/policy';

export type { StaffRole } from '$lib/domain/accounts';

/** A stored record of shape T. */
export type Stored<T> = T & { id: string };

/** The prefecture's policy: a single public record. */
export const policyRecordSchema = policySchema.extend({ id: z.string() });
export type Policy = z.infer<typeof policyRecordSchema>;

/** A Qual-e-pref engagement (module 1: engagements 1–20, module 2: 21–23). */
export const engagementRecordSchema = engagementSchema.extend({ id: z.string() });
export type Engagement = z.infer<typeof engagementRecordSchema>;

/** A signed-in member of staff (auth collection `staff`). */
export const staffRecordSchema = staffSchema.extend({
	id: z.string(),
	collectionName: z.literal('staff'),
	email: z.string()
});
export type Staff = z.infer<typeof staffRecordSchema>;
