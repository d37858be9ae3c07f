import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { ANSWER_LIMITS, NOTE_LIMITS, checkText, messageFor, refusalsOf } from './refusals';

beforeAll(() => overwriteGetLocale(() => 'fr'));

const refused = (status: number, data: Record<string, unknown> = {}) =>
	new ClientResponseError({ status, response: { status, message: 'Refused.', data } });

describe('refusals', () => {
	it('puts each code of a 400 next to its field, in French', () => {
		expect(refusalsOf(refused(400, { to: { code: 'invalid_transition', message: 'x' } }))).toEqual({
			to: 'Cette action n’est plus possible\u00a0: la demande a changé entre-temps. Ses informations ont été actualisées.'
		});
		expect(refusalsOf(refused(400, { assignee: { code: 'unknown' } }))).toEqual({
			assignee: 'Cette personne ne travaille pas pour le site de cette demande.'
		});
		expect(refusalsOf(refused(400, { text: { code: 'too_short' } }), ANSWER_LIMITS)).toEqual({
			text: 'Ce texte est trop court\u00a0: 10 caractères minimum.'
		});
		expect(refusalsOf(refused(400, { to: { code: 'before_from' } }))).toEqual({
			to: 'La fin de la période précède son début.'
		});
	});

	it('says "not found" for an item outside the caller’s sites', () => {
		expect(refusalsOf(refused(404))).toEqual({
			form: 'Cette demande n’existe pas, ou elle ne relève pas de vos sites.'
		});
	});

	it('falls back to one sentence for the whole form', () => {
		expect(refusalsOf(refused(0))).toEqual({
			form: 'Le serveur ne répond pas. Vérifiez votre connexion à internet, puis réessayez.'
		});
		expect(refusalsOf(refused(400, { note: 'not a field error' })).form).toBeTruthy();
		expect(refusalsOf(new ClientResponseError({ isAbort: true }))).toEqual({});
	});

	it('checks a text’s length on the device as the server would', () => {
		expect(checkText('   ', NOTE_LIMITS)).toBe('Ce champ est obligatoire.');
		expect(checkText(' court ', ANSWER_LIMITS)).toBe('Ce texte est trop court\u00a0: 10 caractères minimum.');
		expect(checkText('x'.repeat(10001), ANSWER_LIMITS)).toBe(
			'Ce texte est trop long\u00a0: 10000 caractères maximum.'
		);
		expect(checkText('Dix lettres', ANSWER_LIMITS)).toBe('');
	});
});

describe('the message a panel shows', () => {
	it('is its own field’s, else the form’s, else any other field’s', () => {
		expect(messageFor({ form: 'F', text: 'T', to: 'O' }, ['text', 'to'])).toBe('T');
		expect(messageFor({ form: 'F', to: 'O' }, ['text', 'to'])).toBe('O');
		expect(messageFor({ form: 'F', assignee: 'A' }, ['text'])).toBe('F');
		expect(messageFor({ assignee: 'A' }, ['text'])).toBe('A');
		expect(messageFor({}, ['text'])).toBe('');
	});
});
