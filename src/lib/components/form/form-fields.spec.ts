import { describe, expect, test } from 'vitest';
import { FormFields, hyphenated } from './form-fields.svelte';
import { recordFocus } from './focus-recorder.fixture';

const ORDER = ['subject', 'contact_name', 'reception_point'] as const;

describe('hyphenated', () => {
	test('joins the words of a field name with hyphens, whatever wrote them', () => {
		expect(hyphenated('contact_name')).toBe('contact-name');
		expect(hyphenated('pinConfirm')).toBe('pin-confirm');
		expect(hyphenated('label.fr')).toBe('label-fr');
		expect(hyphenated('name')).toBe('name');
	});
});

describe('FormFields', () => {
	test("hands each control its id, name and error, and maxlength when the field's limit is known", () => {
		const form = new FormFields({ prefix: 'complaint', order: ORDER, limits: { subject: { max: 150 } } });
		form.errors = { contact_name: 'Requis.' };
		expect(form.field('subject')).toEqual({
			id: 'complaint-subject',
			name: 'subject',
			error: undefined,
			maxlength: 150
		});
		expect(form.field('contact_name')).toEqual({
			id: 'complaint-contact-name',
			name: 'contact_name',
			error: 'Requis.'
		});
		expect('maxlength' in form.field('contact_name')).toBe(false);
	});

	test('a control may end its id otherwise, keep the field name as it is, or go without a prefix', () => {
		const kiosk = new FormFields({ prefix: 'kiosk', order: ORDER, controls: { reception_point: 'point' } });
		expect(kiosk.id('reception_point')).toBe('kiosk-point');
		expect(kiosk.id('contact_name')).toBe('kiosk-contact-name');
		const policy = new FormFields({ prefix: 'policy', order: ORDER, verbatim: true });
		expect(policy.id('contact_name')).toBe('policy-contact_name');
		const bare = new FormFields({ prefix: '', order: ORDER });
		expect(bare.id('contact_name')).toBe('contact-name');
	});

	test('the prefix and overrides are read at each call (getters follow props)', () => {
		let id = 'a';
		const form = new FormFields({
			get prefix() {
				return `site-${id}`;
			},
			order: ORDER
		});
		expect(form.id('subject')).toBe('site-a-subject');
		id = 'b';
		expect(form.id('subject')).toBe('site-b-subject');
	});

	test('errors held elsewhere are read from there', () => {
		const held = { errors: { subject: 'Trop long.' } as Record<string, string> };
		const form = new FormFields({ prefix: 'x', order: ORDER, errors: () => held.errors });
		expect(form.field('subject').error).toBe('Trop long.');
		held.errors = {};
		expect(form.field('subject').error).toBeUndefined();
	});

	test("the summary lists the fields in error in the form's order, not the errors'", () => {
		const form = new FormFields({ prefix: 'c', order: ORDER });
		form.errors = { reception_point: 'Inconnu.', form: 'Refusé.', subject: 'Requis.' };
		const labels = { subject: () => 'Objet', contact_name: () => 'Nom', reception_point: () => 'Accueil' };
		expect(form.summary(labels)).toEqual([
			{ id: 'c-subject', label: 'Objet', message: 'Requis.' },
			{ id: 'c-reception-point', label: 'Accueil', message: 'Inconnu.' }
		]);
	});

	describe('focusFirstError', () => {
		const focused = recordFocus();

		test("focuses the first field in error, in the form's order, by its control's id", async () => {
			const form = new FormFields({ prefix: 'k', order: ORDER, controls: { reception_point: 'point' } });
			form.errors = { reception_point: 'Inconnu.', contact_name: 'Requis.' };
			expect(await form.focusFirstError()).toBe(true);
			expect(focused).toEqual(['k-contact-name']);
		});

		test('focuses nothing and says so when only the form has a message', async () => {
			const form = new FormFields({ prefix: 'k', order: ORDER });
			form.errors = { form: 'Refusé.' };
			expect(await form.focusFirstError()).toBe(false);
			expect(focused).toEqual([]);
		});
	});
});
