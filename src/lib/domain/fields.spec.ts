import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { codesOf } from './error-codes';
import {
	day,
	json,
	labels,
	optionalDate,
	optionalRelation,
	optionalText,
	relation,
	relations,
	text
} from './fields';

const issues = (schema: z.ZodMiniType, value: unknown) =>
	schema.safeParse(value).error?.issues.map(({ code, path, message }) => ({ code, path, message }));

describe('the PocketBase type of a field', () => {
	it('is kept in the global registry, where the contract test’s JSON Schema reads it', () => {
		expect(z.globalRegistry.get(relation('sites'))).toEqual({ pb: 'relation', collection: 'sites' });
		expect(z.globalRegistry.get(relations('staff', 3))).toEqual({ pb: 'relation', collection: 'staff' });
		expect(z.globalRegistry.get(json(z.string()))).toEqual({ pb: 'json' });
		expect(z.globalRegistry.get(labels())).toEqual({ pb: 'json' });
		// The optional ones carry it on the value inside, as JSON Schema shows it.
		const inner = (schema: z.ZodMiniOptional) => z.globalRegistry.get(schema._zod.def.innerType);
		expect(inner(optionalRelation('sites'))).toEqual({ pb: 'relation', collection: 'sites' });
		expect(inner(optionalDate())).toEqual({ pb: 'date' });
		expect(z.toJSONSchema(relations('staff', 3))).toMatchObject({ pb: 'relation', maxItems: 3 });
		expect(z.toJSONSchema(z.object({ a: optionalDate() }), { io: 'input' }).properties?.a).toMatchObject({
			pb: 'date'
		});
	});

	it('leaves the schema it was built from as it was', () => {
		const plain = z.string();
		json(plain);
		expect(z.globalRegistry.get(plain)).toBeUndefined();
	});
});

describe('field limits', () => {
	it('bounds text, optional text and days, with zod’s English messages', () => {
		expect(text(2, 5).parse(' ab ')).toBe(' ab ');
		expect(issues(text(2, 5), 'a')).toEqual([
			{ code: 'too_small', path: [], message: 'Too small: expected string to have >=2 characters' }
		]);
		expect(issues(text(2, 5), undefined)).toEqual([
			{ code: 'invalid_type', path: [], message: 'Invalid input: expected string, received undefined' }
		]);
		expect(issues(text(2, 5, /^[a-z]+$/), 'AB')?.map((issue) => issue.code)).toEqual(['invalid_format']);
		expect(optionalText(3, /^[a-z]+$/).parse('')).toBe('');
		expect(optionalText(3).safeParse(undefined).success).toBe(true);
		expect(optionalText(3).safeParse('abcd').success).toBe(false);
		expect(day().safeParse('2026-13-01').success).toBe(false);
		expect(day().parse('2026-12-01')).toBe('2026-12-01');
	});

	it('labels need French and stay under 500 characters in every language', () => {
		expect(labels().parse({ fr: 'Oui', en: 'Yes' })).toEqual({ fr: 'Oui', en: 'Yes' });
		expect(issues(labels(), { fr: '' })?.map(({ code, path }) => [code, path])).toEqual([
			['too_small', ['fr']]
		]);
		expect(
			issues(labels(), { fr: 'Oui', en: 'x'.repeat(501) })?.map(({ code, path }) => [code, path])
		).toEqual([['too_big', ['en']]]);
	});

	it('a value missing where no code was given is `required` to codesOf, which reads zod’s English message', () => {
		const object = z.object({ name: text(1, 5), day: day() });
		expect(codesOf(object.safeParse({ day: 1 }).error!)).toEqual({ name: 'required', day: 'invalid' });
		expect(codesOf(object.safeParse(undefined).error!)).toEqual({ form: 'required' });
	});
});
