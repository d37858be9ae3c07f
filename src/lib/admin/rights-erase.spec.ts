import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { erasureRefusal, reasonCode, reasonMessage } from './rights-erase';

beforeAll(() => overwriteGetLocale(() => 'fr'));

const refused = (status: number, data: Record<string, unknown> = {}) =>
	new ClientResponseError({ status, response: { status, message: 'Refused.', data } });

describe('the erasure’s reason', () => {
	it('takes 3 to 500 visible characters once trimmed', () => {
		expect(reasonCode('Demande reçue par courrier')).toBeNull();
		expect(reasonCode(' abc ')).toBeNull();
		expect(reasonCode('x'.repeat(500))).toBeNull();
	});

	it('refuses nothing, too little, too much, and control characters, with the routes’ codes', () => {
		expect(reasonCode('  ')).toBe('required');
		expect(reasonCode('\u200b\u200b\u200b\u200b')).toBe('required');
		expect(reasonCode(' ab ')).toBe('too_short');
		expect(reasonCode('x'.repeat(501))).toBe('too_long');
		expect(reasonCode('Motif\u0000')).toBe('invalid');
	});

	it('words each code next to the field', () => {
		expect(reasonMessage('required')).toBe('Indiquez le motif de l’effacement.');
		expect(reasonMessage('too_short')).toBe('Le motif est trop court\u00a0: 3 caractères minimum.');
		expect(reasonMessage('too_long')).toBe('Le motif est trop long\u00a0: 500 caractères maximum.');
		expect(reasonMessage('invalid')).toBe('Ce motif contient des caractères non admis.');
	});
});

describe('the erasure routes’ refusals', () => {
	it('puts the reason’s code next to the field', () => {
		expect(erasureRefusal(refused(400, { reason: { code: 'too_short' } }))).toEqual({
			reason: 'Le motif est trop court\u00a0: 3 caractères minimum.'
		});
	});

	it('says why the item cannot be erased yet, and sends a held item to the Conservation page', () => {
		expect(erasureRefusal(refused(400, { id: { code: 'not_answered' } }))?.form).toMatch(
			/^Cette demande n’a pas encore reçu de réponse/
		);
		expect(erasureRefusal(refused(400, { id: { code: 'held' } }))).toEqual({
			form: 'Cette demande est conservée pour un litige ou un recours\u00a0: levez d’abord la conservation.',
			held: true
		});
		expect(erasureRefusal(refused(400, { id: { code: 'anonymised' } }))).toEqual({
			form: 'Les données de cette demande sont déjà effacées.'
		});
		expect(erasureRefusal(refused(404))).toEqual({ form: 'Cette demande n’existe plus.' });
	});

	it('falls back to one sentence, and says nothing for an aborted request', () => {
		expect(erasureRefusal(refused(400, { id: { code: 'other' } }))?.form).toBeTruthy();
		expect(erasureRefusal(refused(403))?.form).toBeTruthy();
		expect(erasureRefusal(new Error('boom'))?.form).toBeTruthy();
		expect(erasureRefusal(new ClientResponseError({ isAbort: true }))).toBeNull();
	});
});
