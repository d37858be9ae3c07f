// Field builders for what devices send, each check carrying the contract's error code as its message
// (see error-codes.ts): `required` when empty, `too_short`, `too_long`, `invalid` when malformed.
import * as z from 'zod/mini';
import { ID_PATTERN } from './fields';
import { isCleanText, isRealDay, visibleText } from './values';

/** `required` when the value is missing, `invalid` when it is there but of the wrong type (as the server). */
const missingOr =
	(code: 'invalid') =>
	(issue: { input: unknown }): string =>
		issue.input === undefined || issue.input === null ? 'required' : code;

/**
 * Required text, trimmed: `invalid` when not a string or holding a control character or a lone surrogate,
 * `required` when nothing visible is left once invisible characters are removed, `too_short` below `min`
 * visible characters, `too_long` above `max` characters.
 */
export const trimmed = (min: number, max: number) =>
	z.string({ error: missingOr('invalid') }).check(
		// Before trimming, as the server: a control character at either end is not text either.
		z.refine(isCleanText, 'invalid'),
		z.trim(),
		z.refine((value) => visibleText(value) !== '', 'required'),
		z.refine((value) => visibleText(value).length >= min, 'too_short'),
		z.maxLength(max, 'too_long')
	);

/** Optional text ('' when absent), trimmed, at most `max` characters; never invisible characters only. */
export const optionalTrimmed = (max: number) =>
	z.string({ error: 'invalid' }).check(
		z.refine(isCleanText, 'invalid'),
		z.trim(),
		z.refine((value) => value === '' || visibleText(value) !== '', 'invalid'),
		z.maxLength(max, 'too_long')
	);

/** '' or an e-mail address of at most `max` characters (zod's own e-mail pattern). */
export const email = (max = 254) =>
	z.string({ error: 'invalid' }).check(
		z.trim(),
		z.maxLength(max, 'too_long'),
		z.refine((value) => value === '' || z.regexes.email.test(value), 'invalid')
	);

/** A record id (required). */
export const idCode = () =>
	z.string({ error: 'required' }).check(z.minLength(1, 'required'), z.regex(ID_PATTERN, 'invalid'));

/** '' or a record id. */
export const optionalIdCode = () =>
	z.union([z.literal(''), z.string().check(z.regex(ID_PATTERN))], { error: 'invalid' });

/** A calendar day 'YYYY-MM-DD' that exists (no 31 November), years 2000–2100. */
export const dayCode = () =>
	z.string({ error: missingOr('invalid') }).check(z.minLength(1, 'required'), z.refine(isRealDay, 'invalid'));
