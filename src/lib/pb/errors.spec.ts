import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import {
	batchFieldErrors,
	caught,
	errorMessage,
	failureOf,
	httpStatus,
	isAbort,
	isNetwork,
	refusalCodes,
	responseFailure,
	toFieldErrors
} from './errors';
import { PublicReadFailure } from './public-reads';

// Node may expose navigator.language: pin the catalogue to French, the base locale.
beforeAll(() => overwriteGetLocale(() => 'fr'));

const pbError = (status: number, data: Record<string, unknown> = {}, message = 'Failed.') =>
	new ClientResponseError({ status, response: { status, message, data } });

describe('toFieldErrors', () => {
	it('maps PocketBase field errors to catalogue messages', () => {
		const error = pbError(400, {
			contact_name: { code: 'validation_required', message: 'Cannot be blank.' },
			contact_email: { code: 'validation_is_email', message: 'Must be a valid email address.' },
			subject: { code: 'validation_min_text_constraint', message: 'Too short', params: { min: 3 } }
		});
		expect(toFieldErrors(error)).toEqual({
			contact_name: 'Ce champ est obligatoire.',
			contact_email: 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.',
			subject: 'Ce texte est trop court\u00a0: 3 caractères minimum.'
		});
	});

	it('says the allowed length of a password PocketBase refused', () => {
		const error = pbError(400, {
			password: {
				code: 'validation_length_out_of_range',
				message: 'The length must be between 12 and 71.',
				params: { min: 12, max: 71 }
			}
		});
		expect(toFieldErrors(error).password).toBe('Saisissez entre 12 et 71 caractères.');
	});

	it('keeps the server message for a code it does not know', () => {
		const error = pbError(400, { day: { code: 'validation_custom_rule', message: 'Day in the future.' } });
		expect(toFieldErrors(error)).toEqual({ day: 'Day in the future.' });
	});

	it('says why a record that others use is not deleted', () => {
		const error = pbError(400, { id: { code: 'in_use', message: 'Still referenced by complaint_events.' } });
		expect(toFieldErrors(error).id).toMatch(/utilisé ailleurs/);
	});

	it('ignores entries that are not field errors', () => {
		expect(toFieldErrors(pbError(400, { note: 'text', nested: null, code: 12 }))).toEqual({});
	});

	it('merges the field errors of a failed batch, first request first', () => {
		const error = pbError(
			400,
			{
				requests: {
					'1': {
						code: 'batch_request_failed',
						response: { status: 400, data: { id: { code: 'validation_not_unique', message: 'Taken.' } } }
					},
					'2': {
						code: 'batch_request_failed',
						response: {
							status: 400,
							data: {
								id: { code: 'validation_required', message: 'Missing.' },
								text: { code: 'validation_max_text_constraint', message: 'Too long.' }
							}
						}
					}
				}
			},
			'Batch transaction failed.'
		);
		expect(toFieldErrors(error)).toEqual({
			id: 'Cette valeur est déjà utilisée.',
			text: 'Ce texte est trop long.'
		});
		expect(batchFieldErrors(error)).toEqual({
			1: { id: 'Cette valeur est déjà utilisée.' },
			2: { id: 'Ce champ est obligatoire.', text: 'Ce texte est trop long.' }
		});
	});

	it('maps a zod error by path, first issue per field', () => {
		const schema = z.object({
			email: z.email('Adresse invalide.'),
			contact: z.object({ phone: z.string().check(z.minLength(6, 'Numéro trop court.')) }),
			subject: z
				.string()
				.check(z.minLength(3, 'Sujet trop court.'), z.regex(/^[a-z]+$/, 'Lettres seulement.'))
		});
		const result = schema.safeParse({ email: 'x', contact: { phone: '1' }, subject: '1' });
		expect(result.success).toBe(false);
		expect(toFieldErrors(result.error)).toEqual({
			email: 'Adresse invalide.',
			'contact.phone': 'Numéro trop court.',
			subject: 'Sujet trop court.'
		});
	});

	it('returns nothing for an aborted request or a plain error', () => {
		expect(toFieldErrors(new ClientResponseError({ isAbort: true }))).toEqual({});
		expect(toFieldErrors(new Error('boom'))).toEqual({});
		expect(toFieldErrors(undefined)).toEqual({});
	});
});

describe('isAbort', () => {
	it('recognises SDK and DOM aborts only', () => {
		expect(isAbort(new ClientResponseError({ isAbort: true }))).toBe(true);
		expect(isAbort(new DOMException('stop', 'AbortError'))).toBe(true);
		expect(isAbort(pbError(400))).toBe(false);
		expect(isAbort(new Error('AbortError'))).toBe(false);
	});
});

describe('errorMessage', () => {
	it.each([
		[0, 'Le serveur ne répond pas. Vérifiez votre connexion à internet, puis réessayez.'],
		[429, 'Trop de tentatives. Patientez une minute, puis réessayez.'],
		[403, 'Vous n’avez pas accès à cette action.'],
		[503, 'Le service rencontre un problème. Réessayez dans quelques instants.'],
		[400, 'Une erreur inattendue s’est produite. Réessayez dans quelques instants.']
	])('describes status %i', (status, expected) => {
		expect(errorMessage(pbError(status))).toBe(expected);
	});
});

describe('refusalCodes', () => {
	const refusal = (status: number, data: unknown) =>
		new ClientResponseError({ status, response: { status, message: 'refused', data } });

	it('reads the codes of a refusal by field, in the server’s order', () => {
		const error = refusal(400, { until: { code: 'past', message: 'x' }, reason: { code: 'too_short' } });
		expect(refusalCodes(error)).toEqual({ until: 'past', reason: 'too_short' });
		expect(Object.keys(refusalCodes(error)!)).toEqual(['until', 'reason']);
	});

	it('skips entries without a code, and is null when none is left', () => {
		expect(refusalCodes(refusal(400, { a: null, b: { code: 3 }, c: { code: 'invalid' } }))).toEqual({
			c: 'invalid'
		});
		expect(refusalCodes(refusal(400, { a: null }))).toBeNull();
		expect(refusalCodes(refusal(400, 'nope'))).toBeNull();
	});

	it('is null for anything but a 400 from the API', () => {
		expect(refusalCodes(refusal(404, { id: { code: 'invalid' } }))).toBeNull();
		expect(refusalCodes(refusal(0, {}))).toBeNull();
		expect(refusalCodes(new Error('x'))).toBeNull();
	});
});

describe('responseFailure', () => {
	it('recognises the SDK’s error and the public reads’ alike, by their fields', () => {
		const sdk = pbError(429);
		const publicRead = new PublicReadFailure('/api/collections/sites/records', 429, {
			message: 'Slow down.'
		});
		expect(responseFailure(sdk)).toBe(sdk);
		expect(responseFailure(publicRead)).toBe(publicRead);
		expect(errorMessage(publicRead)).toBe(errorMessage(sdk));
		expect(
			refusalCodes(new PublicReadFailure('/x', 400, { status: 400, data: { subject: { code: 'too_long' } } }))
		).toEqual({
			subject: 'too_long'
		});
	});

	it('takes no other error for a failed request, even one with a status', () => {
		expect(responseFailure(Object.assign(new Error('x'), { status: 500 }))).toBeNull();
		expect(responseFailure({ status: 500, isAbort: false, response: {} })).toBeNull();
		expect(
			responseFailure(Object.assign(new Error('x'), { status: 500, isAbort: false, response: null }))
		).toBeNull();
		expect(
			responseFailure(Object.assign(new Error('x'), { status: 500, isAbort: false, response: 'Bad gateway' }))
		).toBeNull();
		expect(responseFailure(undefined)).toBeNull();
	});
});

describe('httpStatus and isNetwork', () => {
	it('read the status of a PocketBase answer only', () => {
		expect(httpStatus(pbError(404))).toBe(404);
		expect(httpStatus(pbError(0))).toBe(0);
		expect(httpStatus(new Error('x'))).toBeNull();
		expect(httpStatus(undefined)).toBeNull();
	});

	it('call status 0 the network, but not a cancelled request', () => {
		expect(isNetwork(pbError(0))).toBe(true);
		expect(isNetwork(new ClientResponseError({ isAbort: true }))).toBe(false);
		expect(isNetwork(pbError(503))).toBe(false);
		expect(isNetwork(new TypeError('Failed to fetch'))).toBe(false);
	});
});

describe('caught', () => {
	it('says nothing is to be shown for a cancelled request', () => {
		expect(caught(new ClientResponseError({ isAbort: true }))).toEqual({ aborted: true });
		expect(caught(new DOMException('stop', 'AbortError'))).toEqual({ aborted: true });
	});

	it('reads a refusal once: status, field messages, route codes and the form’s sentence', () => {
		const error = pbError(400, { email: { code: 'validation_required', message: 'Missing.' } });
		expect(caught(error)).toEqual({
			aborted: false,
			status: 400,
			fields: { email: 'Ce champ est obligatoire.' },
			codes: { email: 'validation_required' },
			message: 'Une erreur inattendue s’est produite. Réessayez dans quelques instants.'
		});
	});

	it('gives a network failure or a plain error one sentence and no field', () => {
		expect(caught(pbError(0))).toEqual({
			aborted: false,
			status: 0,
			fields: {},
			codes: null,
			message: 'Le serveur ne répond pas. Vérifiez votre connexion à internet, puis réessayez.'
		});
		expect(caught(new Error('boom'))).toMatchObject({
			aborted: false,
			status: null,
			fields: {},
			codes: null
		});
	});
});

describe('failureOf', () => {
	it('is the form’s sentence, or null for a cancelled request', () => {
		expect(failureOf(pbError(403))).toBe('Vous n’avez pas accès à cette action.');
		expect(failureOf(new ClientResponseError({ isAbort: true }))).toBeNull();
	});
});
