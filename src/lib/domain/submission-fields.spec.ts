import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { codesOf } from './error-codes';
import { dayCode, email, idCode, optionalIdCode, optionalTrimmed, trimmed } from './submission-fields';

/** Every message the schema gives for `value`, in order (each is the contract's code). */
const messages = (schema: z.ZodMiniType, value: unknown) =>
	schema.safeParse(value).error?.issues.map((issue) => issue.message);

describe('submission fields', () => {
	it('trimmed text: trims, then says required, too_short or too_long', () => {
		expect(trimmed(3, 10).parse('  abc  ')).toBe('abc');
		expect(messages(trimmed(3, 10), undefined)).toEqual(['required']);
		expect(messages(trimmed(3, 10), 42)).toEqual(['invalid']);
		expect(messages(trimmed(3, 10), '\u0001abc')).toEqual(['invalid']);
		expect(messages(trimmed(3, 10), '   ')).toEqual(['required', 'too_short']);
		expect(messages(trimmed(3, 10), ' ab ')).toEqual(['too_short']);
		expect(messages(trimmed(3, 10), ` ${'x'.repeat(10)} `)).toBeUndefined();
		expect(messages(trimmed(3, 10), 'x'.repeat(11))).toEqual(['too_long']);
	});

	it('optional trimmed text: empty is fine, invisible characters alone are not', () => {
		expect(optionalTrimmed(5).parse('  ')).toBe('');
		expect(messages(optionalTrimmed(5), '\u200b')).toEqual(['invalid']);
		expect(messages(optionalTrimmed(5), 'abcdef')).toEqual(['too_long']);
		expect(messages(optionalTrimmed(5), null)).toEqual(['invalid']);
	});

	it('e-mail: trimmed, then its length, then its shape', () => {
		expect(email().parse('  a@b.fr ')).toBe('a@b.fr');
		expect(email().parse('')).toBe('');
		// Too long is enough: the shape is not judged on top of it.
		expect(messages(email(8), 'abc@example.fr')).toEqual(['too_long']);
		expect(messages(email(), 'a@b')).toEqual(['invalid']);
	});

	it('ids and days', () => {
		expect(messages(idCode(), '')).toEqual(['required', 'invalid']);
		expect(messages(idCode(), undefined)).toEqual(['required']);
		// The one alternative that could match reports its own issue: `invalid` once read by codesOf.
		expect(codesOf(optionalIdCode().safeParse('x').error!)).toEqual({ form: 'invalid' });
		expect(optionalIdCode().parse('')).toBe('');
		expect(messages(dayCode(), '')).toEqual(['required', 'invalid']);
		expect(messages(dayCode(), '2026-02-30')).toEqual(['invalid']);
		expect(messages(dayCode(), 20260101)).toEqual(['invalid']);
		expect(messages(dayCode(), null)).toEqual(['required']);
	});
});
