import * as z from 'zod/mini';
import { m } from '$lib/i18n/messages';

/** Messages to show next to the fields, keyed by field name (dot path for nested values). */
export type FieldErrors = Record<string, string>;

interface PbFieldError {
	code?: unknown;
	message?: unknown;
	params?: Record<string, unknown>;
}

/** A failed request to PocketBase: the SDK's ClientResponseError, or the public reads' (public-reads.ts). */
export interface ResponseFailure extends Error {
	/** The HTTP status; 0 when the server was not reached. */
	status: number;
	isAbort: boolean;
	/** The server's JSON answer (`data`: the field errors). */
	response: { data?: unknown };
}

/**
 * `error` as a failed request, or null. Recognised by its fields, not by the SDK's class: importing the
 * class brings the whole SDK (one module), which the public pages' first load does without.
 */
export function responseFailure(error: unknown): ResponseFailure | null {
	if (!(error instanceof Error)) return null;
	const { status, isAbort, response } = error as Partial<ResponseFailure>;
	const shaped =
		typeof status === 'number' &&
		typeof isAbort === 'boolean' &&
		typeof response === 'object' &&
		response !== null;
	return shaped ? (error as ResponseFailure) : null;
}

/** True for a cancelled request (navigation, SDK auto-cancellation): nothing to show. */
export function isAbort(error: unknown): boolean {
	const failure = responseFailure(error);
	if (failure) return failure.isAbort;
	return error instanceof DOMException && error.name === 'AbortError';
}

/** The HTTP status of a PocketBase answer (0 when the server was not reached); null for any other error. */
export function httpStatus(error: unknown): number | null {
	return responseFailure(error)?.status ?? null;
}

/** True when the request never reached the server (offline, DNS, server down): worth a retry. */
export function isNetwork(error: unknown): boolean {
	const failure = responseFailure(error);
	return failure !== null && !failure.isAbort && failure.status === 0;
}

/** A caught error read for the screen: its status, its field messages, and one sentence for the form. */
export interface Failure {
	aborted: false;
	/** The HTTP status (0: the network), or null when the error did not come from PocketBase. */
	status: number | null;
	/** Messages by field (PocketBase or zod); empty when the failure is about no field. */
	fields: FieldErrors;
	/** The codes of a refusal by one of our routes (see refusalCodes), or null. */
	codes: Record<string, string> | null;
	/** One sentence for the whole form (see errorMessage). */
	message: string;
}

/**
 * Every `catch` of a screen starts here: `{ aborted: true }` for a cancelled request (show nothing),
 * otherwise the failure read once (status, field messages, route codes, sentence).
 */
export function caught(error: unknown): { aborted: true } | Failure {
	if (isAbort(error)) return { aborted: true };
	return {
		aborted: false,
		status: httpStatus(error),
		fields: toFieldErrors(error),
		codes: refusalCodes(error),
		message: errorMessage(error)
	};
}

/** Field errors of a PocketBase error (batch included) or of a zod error; empty for anything else. */
export function toFieldErrors(error: unknown): FieldErrors {
	if (error instanceof z.core.$ZodError) return fromZod(error);
	const failure = responseFailure(error);
	if (!failure || failure.isAbort) return {};
	const data = asObject(failure.response.data);
	const requests = asObject(data.requests);
	if (Object.keys(requests).length === 0) return fromPbData(data);
	// A failed batch: merge the field errors of every failed request, first one wins.
	return Object.values(batchFieldErrors(error)).reduce<FieldErrors>(
		(all, fields) => ({ ...fields, ...all }),
		{}
	);
}

/** Field errors of each failed request of a batch, by request index. */
export function batchFieldErrors(error: unknown): Record<number, FieldErrors> {
	const failure = responseFailure(error);
	if (!failure) return {};
	const requests = asObject(asObject(failure.response.data).requests);
	const result: Record<number, FieldErrors> = {};
	for (const [index, request] of Object.entries(requests)) {
		const fields = fromPbData(asObject(asObject(asObject(request).response).data));
		if (Object.keys(fields).length > 0) result[Number(index)] = fields;
	}
	return result;
}

/**
 * The codes of a refusal by one of our routes (a 400 whose data is `{field: {code}}`), by field, in the
 * server's order; null when the error is not such a refusal or names no code.
 */
export function refusalCodes(error: unknown): Record<string, string> | null {
	const failure = responseFailure(error);
	if (failure?.status !== 400) return null;
	const codes: Record<string, string> = {};
	for (const [field, detail] of Object.entries(asObject(failure.response.data))) {
		const code = asObject(detail).code;
		if (typeof code === 'string') codes[field] = code;
	}
	return Object.keys(codes).length > 0 ? codes : null;
}

/** One sentence for the whole form, for errors that are not about a field. */
export function errorMessage(error: unknown): string {
	const status = httpStatus(error);
	if (status !== null) {
		if (status === 0) return m.error_network();
		if (status === 429) return m.error_too_many_requests();
		if (status === 401 || status === 403) return m.error_forbidden();
		if (status >= 500) return m.error_server();
	}
	return m.error_unexpected();
}

/** The sentence for the whole form, or null for a cancelled request (nothing to show). */
export function failureOf(error: unknown): string | null {
	const failed = caught(error);
	return failed.aborted ? null : failed.message;
}

function fromZod(error: z.core.$ZodError): FieldErrors {
	const result: FieldErrors = {};
	for (const issue of error.issues) {
		const key = issue.path.map(String).join('.');
		result[key] ??= issue.message;
	}
	return result;
}

function fromPbData(data: Record<string, unknown>): FieldErrors {
	const result: FieldErrors = {};
	for (const [field, value] of Object.entries(data)) {
		const detail = asObject(value) as PbFieldError;
		if (typeof detail.code !== 'string') continue;
		result[field] = translate(detail);
	}
	return result;
}

// PocketBase answers in English; the codes are stable, so they get our own (French first) wording.
function translate({ code, message, params = {} }: PbFieldError): string {
	switch (code) {
		case 'validation_required':
			return m.validation_required();
		case 'validation_is_email':
		case 'validation_invalid_email':
			return m.validation_email();
		case 'validation_min_text_constraint':
			return typeof params.min === 'number'
				? m.validation_too_short({ min: params.min })
				: m.validation_too_short_any();
		case 'validation_max_text_constraint':
			return typeof params.max === 'number'
				? m.validation_too_long({ max: params.max })
				: m.validation_too_long_any();
		case 'validation_length_out_of_range':
			return typeof params.min === 'number' && typeof params.max === 'number'
				? m.validation_length({ min: params.min, max: params.max })
				: m.validation_invalid();
		case 'validation_invalid_format':
			return m.validation_format();
		case 'validation_not_unique':
			return m.validation_not_unique();
		case 'in_use':
			return m.validation_in_use();
		default:
			return typeof message === 'string' && message ? message : m.validation_invalid();
	}
}

function asObject(value: unknown): Record<string, unknown> {
	return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}
