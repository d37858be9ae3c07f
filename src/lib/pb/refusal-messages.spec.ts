import { beforeAll, describe, expect, it } from 'vitest';
import { m } from '$lib/i18n/messages';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { refusalMessage, type Overrides } from './refusal-messages';

beforeAll(() => overwriteGetLocale(() => 'fr'));

describe('refusalMessage', () => {
	it('says the same sentence for a code on any field', () => {
		expect(refusalMessage('text', 'required')).toBe('Ce champ est obligatoire.');
		expect(refusalMessage('reason', 'required')).toBe('Ce champ est obligatoire.');
		expect(refusalMessage('to', 'before_from')).toBe('La fin de la période précède son début.');
	});

	it('states the field’s limits when it has some', () => {
		expect(refusalMessage('text', 'too_short', { limits: { min: 10, max: 100 } })).toBe(
			'Ce texte est trop court\u00a0: 10 caractères minimum.'
		);
		expect(refusalMessage('text', 'too_long', { limits: { min: 10, max: 100 } })).toBe(
			'Ce texte est trop long\u00a0: 100 caractères maximum.'
		);
		expect(refusalMessage('text', 'too_long')).toBe('Ce texte est trop long.');
	});

	it('says "invalid" for a code it does not know', () => {
		expect(refusalMessage('status', 'nonsense')).toBe('Cette valeur n’est pas valable.');
	});

	it('lets a form say its own sentence for a field, for one code or any', () => {
		const overrides: Overrides = {
			label: { too_long: () => 'Libellé trop long.', '*': () => 'Libellé à revoir.' }
		};
		expect(refusalMessage('label', 'too_long', { overrides })).toBe('Libellé trop long.');
		expect(refusalMessage('label', 'required', { overrides })).toBe('Libellé à revoir.');
		expect(refusalMessage('other', 'required', { overrides })).toBe(m.validation_required());
	});
});
