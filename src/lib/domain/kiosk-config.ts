// Everything a survey screen needs, cached on the device so that a reboot with no network still works.
import { z } from 'zod';
import { LANGUAGES, idSchema, type Language } from './fields';
import { TIME_ZONES, ZONES } from './places';

const labelsSchema = z.object({ fr: z.string() }).catchall(z.string());

/**
 * Languages as the server lists them, keeping those this version of the app speaks: a server a version
 * ahead (a language added) must not make a kiosk refuse its whole configuration and keep an old one.
 */
const knownLanguages = z
	.array(z.string())
	.transform((codes) =>
		codes.filter((code): code is Language => (LANGUAGES as readonly string[]).includes(code))
	);

/** The questionnaire and where it is answered: for the kiosk and for the web survey alike. */
export const surveyConfigSchema = z.object({
	site: z.object({
		id: idSchema,
		name: z.string(),
		slug: z.string(),
		zone: z.enum(ZONES),
		time_zone: z.enum(TIME_ZONES)
	}),
	point: z.object({ id: idSchema, name: z.string(), slug: z.string() }).nullable(),
	questionnaire: z.object({
		id: idSchema,
		code: z.string(),
		version: z.number(),
		title: labelsSchema,
		languages: knownLanguages
	}),
	questions: z.array(
		z.object({ id: idSchema, position: z.number(), engagement: idSchema, label: labelsSchema })
	),
	policy: z.object({ organisation_name: z.string(), kiosk_cooldown_seconds: z.number() })
});
export type SurveyConfig = z.infer<typeof surveyConfigSchema>;

/** What an enrolled kiosk knows about itself, including the staff PIN's salted hash (checked offline). */
export const kioskConfigSchema = surveyConfigSchema.extend({
	kiosk: z.object({ id: idSchema, name: z.string(), languages: knownLanguages }),
	pin: z.object({ salt: z.string(), hash: z.string(), iterations: z.number().int().min(1) }).nullable()
});
export type KioskConfig = z.infer<typeof kioskConfigSchema>;
