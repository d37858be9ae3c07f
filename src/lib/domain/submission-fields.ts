// Field builders for what devices send, each check carrying the contract's error code as its message
// (see error-codes.ts): `required` when empty, `too_short`, `too_long`, `invalid` when malformed.
import { z } from 'zod';
import { DAY_PATTERN, ID_PATTERN } from './fields';

/** Required text, trimmed, `min`..`max` characters. */
export const trimmed = (min: number, max: number) =>
	z.string({ error: 'required' }).trim().min(1, 'required').min(min, 'too_short').max(max, 'too_long');

/** Optional text ('' when absent), trimmed, at most `max` characters. */
export const optionalTrimmed = (max: number) => z.string({ error: 'invalid' }).trim().max(max, 'too_long');

/** '' or an e-mail address of at most `max` characters (zod's own e-mail pattern). */
export const email = (max = 254) =>
	z
		.string({ error: 'invalid' })
		.trim()
		.max(max, 'too_long')
		.refine((value) => value === '' || z.regexes.email.test(value), 'invalid');

/** A record id (required). */
export const idCode = () => z.string({ error: 'required' }).min(1, 'required').regex(ID_PATTERN, 'invalid');

/** '' or a record id. */
export const optionalIdCode = () =>
	z.union([z.literal(''), z.string().regex(ID_PATTERN)], { error: 'invalid' });

/** A calendar day 'YYYY-MM-DD'. */
export const dayCode = () => z.string({ error: 'required' }).regex(DAY_PATTERN, 'invalid');
