// What the complaint and suggestion forms need to know, cached on the device so that a form opened once
// online still works offline: the active sites (with how to reach them), their reception points, the
// engagements.
import * as z from 'zod/mini';
import { idSchema } from './fields';
import { TIME_ZONES } from './places';

export const citizenConfigSchema = z.object({
	sites: z.array(
		z.object({
			id: idSchema,
			name: z.string(),
			slug: z.string(),
			time_zone: z.enum(TIME_ZONES),
			contact_email: z._default(z.optional(z.string()), ''),
			contact_address: z._default(z.optional(z.string()), '')
		})
	),
	points: z.array(z.object({ id: idSchema, site: idSchema, name: z.string(), slug: z.string() })),
	engagements: z.array(
		z.object({ id: idSchema, module: z.number(), number: z.number(), theme: z.string(), label: z.string() })
	)
});
export type CitizenConfig = z.infer<typeof citizenConfigSchema>;
export type CitizenSite = CitizenConfig['sites'][number];
