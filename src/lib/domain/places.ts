// Sites (prefecture, sub-prefectures) and their reception points.
import * as z from 'zod/mini';
import { SLUG_PATTERN, json, optionalEmail, optionalText, relation, text, DAY_PATTERN } from './fields';

/** Official names of the public-holiday zones. */
export const ZONES = [
	'metropole',
	'alsace-moselle',
	'guadeloupe',
	'martinique',
	'guyane',
	'la-reunion',
	'mayotte',
	'saint-barthelemy',
	'saint-martin'
] as const;

/** IANA time zones a French prefecture can be in. */
export const TIME_ZONES = [
	'Europe/Paris',
	'America/Guadeloupe',
	'America/Martinique',
	'America/Cayenne',
	'Indian/Reunion',
	'Indian/Mayotte',
	'America/St_Barthelemy',
	'America/Marigot'
] as const;

/** Metropolitan departments 01–95 (Corsica is 2A and 2B, never 20) and overseas 971–978. */
export const DEPARTMENT_PATTERN = /^(0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|2A|2B|97[1-8])$/;

export const siteSchema = z.object({
	name: text(2, 120),
	slug: text(2, 60, SLUG_PATTERN),
	department_code: text(1, 3, DEPARTMENT_PATTERN),
	zone: z.enum(ZONES),
	time_zone: z.enum(TIME_ZONES),
	closures: z.optional(json(z.array(z.string().check(z.regex(DAY_PATTERN))))),
	contact_email: optionalEmail(),
	contact_address: optionalText(300),
	active: z.optional(z.boolean())
});
export type Site = z.infer<typeof siteSchema>;

export const POINT_KINDS = [
	'accueil_general',
	'point_numerique',
	'hall_etrangers',
	'cert',
	'standard',
	'autre'
] as const;

export const receptionPointSchema = z.object({
	site: relation('sites'),
	name: text(2, 120),
	slug: text(2, 60, SLUG_PATTERN),
	kind: z.enum(POINT_KINDS),
	active: z.optional(z.boolean())
});
export type ReceptionPoint = z.infer<typeof receptionPointSchema>;
