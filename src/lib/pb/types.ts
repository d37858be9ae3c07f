// Records as the SDK returns them: the zod-described fields of lib/domain plus PocketBase's id.
import type { Staff as StaffFields } from '$lib/domain/accounts';
import type { Engagement as EngagementFields } from '$lib/domain/engagements';
import type { Policy as PolicyFields } from '$lib/domain/policy';

export type { StaffRole } from '$lib/domain/accounts';

/** A stored record of shape T. */
export type Stored<T> = T & { id: string };

/** The prefecture's policy: a single public record. */
export type Policy = Stored<PolicyFields>;

/** A Qual-e-pref engagement (module 1: engagements 1–20, module 2: 21–23). */
export type Engagement = Stored<EngagementFields>;

/** A signed-in member of staff (auth collection `staff`). */
export type Staff = Stored<StaffFields> & { collectionName: 'staff'; email: string };
