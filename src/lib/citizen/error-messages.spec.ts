import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import { fieldMessage, fieldMessages } from './error-messages';

beforeAll(() => overwriteGetLocale(() => 'fr'));

describe('fieldMessage', () => {
	it('states the field’s own limits', () => {
		expect(fieldMessage('subject', 'too_short')).toBe('Ce texte est trop court : 3 caractères minimum.');
		expect(fieldMessage('description', 'too_short')).toBe('Ce texte est trop court : 10 caractères minimum.');
		expect(fieldMessage('description', 'too_long')).toBe('Ce texte est trop long : 5000 caractères maximum.');
		expect(fieldMessage('text', 'too_long')).toBe('Ce texte est trop long : 2000 caractères maximum.');
	});

	it('says what a malformed e-mail or phone should look like', () => {
		expect(fieldMessage('contact_email', 'invalid')).toMatch(/adresse électronique valide/);
		expect(fieldMessage('email', 'invalid')).toMatch(/adresse électronique valide/);
		expect(fieldMessage('contact_phone', 'invalid')).toMatch(/numéro de téléphone valide/);
		expect(fieldMessage('site', 'invalid')).toBe('Cette valeur n’est pas valide.');
	});

	it('has a sentence for every contract code, and a fallback', () => {
		expect(
			fieldMessages({ contact_email: 'contact_required', attachments: 'too_many_files', form: 'spam' })
		).toEqual({
			contact_email:
				'Indiquez une adresse électronique ou une adresse postale, pour que nous puissions vous répondre.',
			attachments: 'Vous pouvez joindre au plus 3 fichiers.',
			form: 'Votre demande n’a pas pu être envoyée. Rechargez la page, puis réessayez.'
		});
		expect(fieldMessage('site', 'unknown')).toMatch(/n’existe pas/);
		expect(fieldMessage('attachments', 'file_type')).toMatch(/PDF, JPEG et PNG/);
		expect(fieldMessage('attachments', 'file_too_large')).toMatch(/5 Mo/);
		expect(fieldMessage('x', 'something_new')).toBe('Cette valeur n’est pas valide.');
	});
});
