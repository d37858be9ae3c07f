// Field error codes shared by the device (zod) and the server (pocketbase/pb_hooks): the same code gives
// the same message next to the field, whether the device or the server found the problem.
import type * as z from 'zod/mini';

export const ERROR_CODES = [
	'required',
	'too_short',
	'too_long',
	'invalid',
	'unknown',
	'contact_required',
	'wrong_site',
	'too_many_files',
	'file_too_large',
	'file_type',
	'spam',
	'type'
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field name (or `form`) → error code. */
export type FieldCodes = Record<string, string>;

const KNOWN = new Set<string>(ERROR_CODES);

/** True when `value` is one of the contract's codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
	return typeof value === 'string' && KNOWN.has(value);
}

/**
 * The contract's code per field for a zod error, first issue per field. The schemas put the code in each
 * check's message; anything else (a type mismatch, an unexpected shape) is `required` when the value is
 * missing and `invalid` otherwise.
 */
export function codesOf(error: z.core.$ZodError): FieldCodes {
	const result: FieldCodes = {};
	for (const issue of error.issues) {
		const code = isErrorCode(issue.message) ? issue.message : fallback(issue);
		// A filled honeypot is about the whole form, as the server reports it.
		const field = code === 'spam' || issue.path.length === 0 ? 'form' : String(issue.path[0]);
		result[field] ??= code;
	}
	return result;
}

function fallback(issue: z.core.$ZodIssue): ErrorCode {
	return issue.code === 'invalid_type' && /received undefined/.test(issue.message) ? 'required' : 'invalid';
}
