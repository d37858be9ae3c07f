// A server's answer is input like any other: each client parses what it receives with a zod schema
// (`parseAnswer`: a mismatch throws UnexpectedAnswer, which errors.ts `caught` reads as "unexpected", never
// as messages under a form's fields), and asks PocketBase for exactly the fields that schema reads (`fieldsOf`;
// records.ts reads records that way). Nothing here needs the SDK: the public pages parse their first data
// with it before the SDK is loaded.
import * as z from 'zod/mini';

/** A server's answer that does not have the shape its client expects (the zod error as `cause`). */
export class UnexpectedAnswer extends Error {
	constructor(cause: unknown) {
		super('The server answered with an unexpected shape.', { cause });
		this.name = 'UnexpectedAnswer';
	}
}

/** `answer` parsed with `schema`; throws UnexpectedAnswer when it does not fit. */
export function parseAnswer<S extends z.core.$ZodType>(schema: S, answer: unknown): z.infer<S> {
	const result = z.safeParse(schema, answer);
	if (!result.success) throw new UnexpectedAnswer(result.error);
	return result.data;
}

// Read through `def.type`, not `instanceof`: a schema is a mini one or a classic one, both share the core.
const unwrap = (schema: z.core.$ZodType): z.core.$ZodType => {
	const def = (schema as z.core.$ZodTypes)._zod.def;
	return def.type === 'optional' || def.type === 'nullable' ? unwrap(def.innerType) : schema;
};

/** The shape of an object schema, optional or nullable; {} for any other schema. */
function shapeOf(schema: z.core.$ZodType): z.core.$ZodShape {
	const def = (unwrap(schema) as z.core.$ZodTypes)._zod.def;
	return def.type === 'object' ? def.shape : {};
}

/**
 * The `fields` query for a record schema: its keys, with an `expand` object spelt out as
 * `expand.relation.key` (PocketBase picks nested paths), so a record holds what its schema reads.
 */
export function fieldsOf(schema: z.core.$ZodObject): string {
	return Object.entries(schema._zod.def.shape)
		.flatMap(([key, value]) =>
			key === 'expand'
				? Object.entries(shapeOf(value)).flatMap(([relation, related]) =>
						Object.keys(shapeOf(related)).map((field) => `expand.${relation}.${field}`)
					)
				: [key]
		)
		.join(',');
}

/** A list of records parsed with `schema`. */
export const listOf = <S extends z.core.$ZodType>(schema: S, answer: unknown): z.infer<S>[] =>
	parseAnswer(z.array(schema), answer);
