import { ClientResponseError } from 'pocketbase';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/i18n/messages';
import { alertRefusal, reasonProblem } from './alert-refusals';

const refusal = (status: number, data: Record<string, { code: string }> = {}) =>
	new ClientResponseError({ status, response: { status, message: 'Refused.', data } });

describe("a refused step of an alert's life", () => {
	it('says why in words: the reason, the alert changed meanwhile, gone', () => {
		expect(alertRefusal(refusal(400, { reason: { code: 'too_short' } }))).toBe(
			m.validation_too_short({ min: 3 })
		);
		expect(alertRefusal(refusal(400, { status: { code: 'closed' } }))).toBe(
			'Cette alerte a été close entre-temps.'
		);
		expect(alertRefusal(refusal(400, { action: { code: 'exists' } }))).toBe(
			'Une action a déjà été créée depuis cette alerte.'
		);
		expect(alertRefusal(refusal(404))).toBe('Cette alerte n’existe plus ou ne concerne pas vos sites.');
	});

	it('checks a reason as the server does', () => {
		expect(reasonProblem('  ')).toBe(m.validation_required());
		expect(reasonProblem('ok')).toBe(m.validation_too_short({ min: 3 }));
		expect(reasonProblem('x'.repeat(501))).toMatch(/500/);
		expect(reasonProblem(' Cause traitée ')).toBe('');
	});
});
