// Everything a survey screen needs, cached on the device so that a reboot with no network still works.
import * as z from 'zod/mini';
import { LANGUAGES, idSchema, type Language } from './fields';
import { TIME_ZONES, ZONES } from './places';

const labelsSchema = z.catchall(z.object({ fr: z.string() }), z.string());

/**
 * Languages as the server lists them, keeping those this version of the app speaks: a server a version
 * ahead (a language added) must not make a kiosk refuse its whole configuration and keep an old one.
 */
const knownLanguages = z.pipe(
	z.array(z.string()),
	z.transform((codes: string[]) =>
		codes.filter((code): code is Language => (LANGUAGES as readonly string[]).includes(code))
	)
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
	point: z.nullable(z.object({ id: idSchema, name: z.string(), slug: z.string() })),
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
export const kioskConfigSchema = z.extend(surveyConfigSchema, {
	kiosk: z.object({ id: idSchema, name: z.string(), languages: knownLanguages }),
	// `z.int()` as a check on a number, as classic's `.int()`: a non-number is still "expected number".
	pin: z.nullable(
		z.object({ salt: z.string(), hash: z.string(), iterations: z.number().check(z.int(), z.minimum(1)) })
	)
});
export type KioskConfig = z.infer<typeof kioskConfigSchema>;
