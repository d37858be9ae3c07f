import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldMessage } from '$lib/citizen/error-messages';
import { overwriteGetLocale } from '$lib/i18n/runtime';
import type { Contact } from '$lib/pb/rights';
import { contactChanges, contactCodes, contactMessages, contactOf, contactRefusals } from './rights-contact';

beforeAll(() => overwriteGetLocale(() => 'fr'));

const STORED: Contact = {
	contact_name: 'Camille Durand',
	contact_email: 'camille@example.org',
	contact_phone: '',
	contact_address: ''
};
const refused = (status: number, data: Record<string, unknown> = {}) =>
	new ClientResponseError({ status, response: { status, message: 'Refused.', data } });

describe('the correction form’s checks (the intake’s)', () => {
	it('accepts a contact the citizen could have given', () => {
		expect(contactCodes(STORED)).toEqual({});
		expect(
			contactCodes({ ...STORED, contact_email: '', contact_address: '1 rue de la Paix, 57000 Metz' })
		).toEqual({});
		expect(contactCodes({ ...STORED, contact_phone: '+33 3 87 34 87 34' })).toEqual({});
	});

	it('holds each field to the intake’s limits and codes', () => {
		expect(
			contactCodes({
				contact_name: ' C ',
				contact_email: 'camille@',
				contact_phone: 'appelez-moi',
				contact_address: 'x'.repeat(301)
			})
		).toEqual({
			contact_name: 'too_short',
			contact_email: 'invalid',
			contact_phone: 'invalid',
			contact_address: 'too_long'
		});
		expect(contactCodes({ ...STORED, contact_name: '   ' }).contact_name).toBe('required');
		expect(contactCodes({ ...STORED, contact_name: 'x'.repeat(121) }).contact_name).toBe('too_long');
		expect(contactCodes({ ...STORED, contact_name: 'Ca\u0007mille' }).contact_name).toBe('invalid');
	});

	it('keeps the rule that links them: an e-mail or a postal address to answer to', () => {
		expect(contactCodes({ ...STORED, contact_email: '', contact_address: '  ' })).toEqual({
			contact_email: 'contact_required'
		});
	});

	it('words the codes as the intake does, the linking rule for the administrator', () => {
		expect(
			contactMessages({
				contact_email: 'contact_required',
				contact_phone: 'invalid',
				contact_name: 'too_short'
			})
		).toEqual({
			contact_email:
				'Indiquez une adresse électronique ou une adresse postale\u00a0: la personne doit pouvoir recevoir une réponse.',
			contact_phone: expect.stringMatching(/^Saisissez un numéro de téléphone valide/),
			// The intake's own sentence, whatever its wording.
			contact_name: fieldMessage('contact_name', 'too_short')
		});
	});
});

describe('what is sent', () => {
	it('starts from the complaint’s four fields', () => {
		expect(contactOf({ ...STORED, id: 'x', reference: 'y' } as Contact)).toEqual(STORED);
	});

	it('sends only the fields that changed, trimmed', () => {
		expect(contactChanges(STORED, STORED)).toEqual({});
		expect(contactChanges({ ...STORED, contact_name: ' Camille Durand ' }, STORED)).toEqual({});
		expect(
			contactChanges(
				{ ...STORED, contact_email: ' camille.durand@example.org ', contact_phone: '0387' },
				STORED
			)
		).toEqual({ contact_email: 'camille.durand@example.org', contact_phone: '0387' });
		expect(contactChanges({ ...STORED, contact_email: '' }, STORED)).toEqual({ contact_email: '' });
	});
});

describe('the route’s refusals', () => {
	it('puts a field’s code next to it', () => {
		expect(contactRefusals(refused(400, { contact_email: { code: 'invalid', message: 'x' } }))).toEqual({
			contact_email: 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.'
		});
		expect(
			contactRefusals(refused(400, { contact_email: { code: 'contact_required' } })).contact_email
		).toMatch(/la personne doit pouvoir recevoir une réponse/);
	});

	it('says for the whole form that the item is anonymised, unchanged or gone', () => {
		expect(contactRefusals(refused(400, { id: { code: 'anonymised' } }))).toEqual({
			form: 'Les données de cette demande sont déjà effacées.'
		});
		expect(contactRefusals(refused(400, { body: { code: 'required' } }))).toEqual({
			form: 'Aucune coordonnée n’a été modifiée.'
		});
		expect(contactRefusals(refused(404))).toEqual({ form: 'Cette demande n’existe plus.' });
		expect(contactRefusals(refused(400, { subject: { code: 'unknown' } })).form).toBeTruthy();
	});

	it('falls back to one sentence, and says nothing for an aborted request', () => {
		expect(contactRefusals(refused(403)).form).toBeTruthy();
		expect(contactRefusals(refused(400, { contact_email: 'no code' })).form).toBeTruthy();
		expect(contactRefusals(new Error('boom')).form).toBeTruthy();
		expect(contactRefusals(new ClientResponseError({ isAbort: true }))).toEqual({});
	});
});
