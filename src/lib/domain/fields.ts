// Building blocks shared by the collection schemas. Each mirrors one PocketBase field type, and carries
// `z.meta({ pb })` where JSON Schema alone cannot tell the PocketBase type (relations, json, dates), so the
// contract test can compare both sides.
import * as z from 'zod/mini';
// The list of languages, compiled from pocketbase/pb_hooks/lib/languages.json: data, not app code.
import { LOCALES } from '../i18n/generated/locales';

// Classic zod loaded English messages by itself; zod/mini does not ("Invalid input" for everything). Keep
// them: error-codes.ts reads "received undefined" as `required`, and messages must stay as they were.
z.config(z.locales.en());

/** PocketBase record ids: 15 characters of [a-z0-9], made on the device for submissions. */
export const ID_PATTERN = /^[a-z0-9]{15}$/;
export const idSchema = z.string().check(z.regex(ID_PATTERN));

/** A single relation to another collection (its record id). */
export const relation = (collection: string) => idSchema.check(z.meta({ pb: 'relation', collection }));

/** An optional single relation: PocketBase stores "no relation" as the empty string. */
export const optionalRelation = (collection: string) =>
	z.optional(z.union([idSchema, z.literal('')]).check(z.meta({ pb: 'relation', collection })));

/** A multiple relation. */
export const relations = (collection: string, max: number) =>
	z.array(idSchema).check(z.maxLength(max), z.meta({ pb: 'relation', collection }));

/** Plain text with PocketBase's length limits; required text is non-empty. */
export const text = (min: number, max: number, pattern?: RegExp) => {
	const base = z.string().check(z.minLength(min), z.maxLength(max));
	return pattern ? base.check(z.regex(pattern)) : base;
};

/** Optional text: empty allowed. */
export const optionalText = (max: number, pattern?: RegExp) =>
	z.optional(
		pattern
			? z.union([z.string().check(z.maxLength(max), z.regex(pattern)), z.literal('')])
			: z.string().check(z.maxLength(max))
	);

/** Optional e-mail address; PocketBase keeps "none" as the empty string. */
export const optionalEmail = () => z.optional(z.union([z.email(), z.literal('')]));

/** A JSON value, typed by the given schema; `z.globalRegistry.get(schema)` reads `{ pb: 'json' }` back. */
export const json = <T extends z.ZodMiniType>(schema: T) => schema.check(z.meta({ pb: 'json' }));

/** PocketBase datetime ("2026-11-22 14:20:59.586Z"; ISO 8601 with "T" is accepted on write). */
export const PB_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
export const optionalDate = () =>
	z.optional(
		z.union([z.string().check(z.regex(PB_DATE_PATTERN)), z.literal('')]).check(z.meta({ pb: 'date' }))
	);

/** A calendar day 'YYYY-MM-DD' (surveys keep the day, never the time). */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const day = () => z.string().check(z.minLength(10), z.maxLength(10), z.regex(DAY_PATTERN));

/** URL-friendly identifier. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Languages the visitor screens speak, French first (pocketbase/pb_hooks/lib/languages.json, compiled). */
export const LANGUAGES = LOCALES;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** A label per language; French is always present. */
export const labels = () =>
	json(
		z.catchall(
			z.object({ fr: z.string().check(z.minLength(1), z.maxLength(500)) }),
			z.string().check(z.maxLength(500))
		)
	);
