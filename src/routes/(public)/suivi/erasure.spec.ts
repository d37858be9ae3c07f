import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale, overwriteGetLocale } from '$lib/i18n/runtime';
import { canErase, erasureFailure } from './erasure';

// Some texts are read in English: its words are loaded as the app loads them.
beforeAll(() => loadLocale('en'));

beforeAll(() => overwriteGetLocale(() => 'fr'));

const refused = (status: number, data: Record<string, unknown> = {}) =>
	new ClientResponseError({ status, response: { status, message: 'Refused.', data } });

describe('the citizen’s erasure', () => {
	it('is offered once the request is answered or closed', () => {
		expect(canErase('answered')).toBe(true);
		expect(canErase('closed')).toBe(true);
		for (const status of ['received', 'in_progress', 'waiting'] as const)
			expect(canErase(status)).toBe(false);
	});

	it('explains a refusal in the citizen’s words', () => {
		expect(erasureFailure(refused(400, { status: { code: 'not_answered' } }))).toMatch(
			/^Votre demande n’a pas encore reçu de réponse/
		);
		expect(erasureFailure(refused(404))).toMatch(/^Cette demande est introuvable/);
		expect(erasureFailure(refused(429))).toMatch(/Patientez une minute/);
		expect(erasureFailure(refused(400, { token: { code: 'invalid' } }))).toBeTruthy();
		expect(erasureFailure(new Error('boom'))).toBeTruthy();
	});

	it('says nothing of a cancelled request', () => {
		expect(erasureFailure(new ClientResponseError({ isAbort: true }))).toBeUndefined();
	});

	it('speaks English on the English page', () => {
		overwriteGetLocale(() => 'en');
		try {
			expect(erasureFailure(refused(404))).toMatch(/^This request cannot be found/);
		} finally {
			overwriteGetLocale(() => 'fr');
		}
	});
});
