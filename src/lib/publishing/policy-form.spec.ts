import { ClientResponseError } from 'pocketbase';
import { describe, expect, it } from 'vitest';
import { fromPercent, numberRefusals, policyChange, policyDraft, toPercent } from './policy-form';

const stored = {
	organisation_name: 'Préfecture de démonstration',
	organisation_address: '',
	organisation_email: 'accueil@demo.fr',
	dpo_email: '',
	hosting: 'Serveurs de la préfecture (France)',
	complaint_deadline_days: 15,
	information_deadline_days: 5,
	satisfaction_threshold: 0.75,
	minimum_sample: 10,
	retention_months: 24,
	log_retention_days: 30,
	kiosk_cooldown_seconds: 8
};

describe('percentages', () => {
	it('show a share as a percentage and read it back, comma or point', () => {
		expect(toPercent(0.75)).toBe('75');
		expect(toPercent(0.755)).toBe('75,5');
		expect(toPercent(0.07)).toBe('7');
		expect(fromPercent('75')).toBe(0.75);
		expect(fromPercent('75,5')).toBe(0.755);
		expect(fromPercent(' 80 % ')).toBe(0.8);
		expect(fromPercent('beaucoup')).toBeNull();
	});
});

describe('policyChange', () => {
	it('round-trips the stored policy', () => {
		expect(policyChange(policyDraft(stored))).toEqual({ values: stored });
	});

	it('stores the threshold as a share', () => {
		const draft = { ...policyDraft(stored), satisfaction_threshold: '80' };
		expect(policyChange(draft).values?.satisfaction_threshold).toBe(0.8);
	});

	it('refuses out-of-range, fractional, empty and malformed values, each on its field', () => {
		const result = policyChange({
			...policyDraft(stored),
			satisfaction_threshold: '150',
			minimum_sample: '2,5',
			retention_months: '',
			log_retention_days: '366',
			kiosk_cooldown_seconds: '-1',
			organisation_name: 'X',
			dpo_email: 'dpo-at-demo'
		});
		expect(result.errors).toEqual({
			satisfaction_threshold: 'range',
			minimum_sample: 'number',
			retention_months: 'required',
			log_retention_days: 'range',
			kiosk_cooldown_seconds: 'range',
			organisation_name: 'too_short',
			dpo_email: 'email'
		});
	});

	it('keeps the hosting statement trimmed, up to 300 characters', () => {
		const draft = { ...policyDraft(stored), hosting: '  Datacenter du ministère, Osny (95)  ' };
		expect(policyChange(draft).values?.hosting).toBe('Datacenter du ministère, Osny (95)');
		expect(policyChange({ ...draft, hosting: 'é'.repeat(300) }).values?.hosting).toHaveLength(300);
		expect(policyChange({ ...draft, hosting: 'é'.repeat(301) }).errors).toEqual({ hosting: 'too_long' });
		expect(policyChange({ ...draft, hosting: '' }).values?.hosting).toBe('');
		expect(policyDraft({ ...stored, hosting: undefined }).hosting).toBe('');
	});

	it('accepts the limits themselves', () => {
		const draft = { ...policyDraft(stored), satisfaction_threshold: '1', kiosk_cooldown_seconds: '0' };
		expect(policyChange(draft).values).toMatchObject({
			satisfaction_threshold: 0.01,
			kiosk_cooldown_seconds: 0
		});
	});
});

describe('numberRefusals', () => {
	it('turns PocketBase number codes into ours, ignoring other fields and errors', () => {
		const error = new ClientResponseError({
			status: 400,
			response: {
				data: {
					satisfaction_threshold: {
						code: 'validation_max_number_constraint',
						message: 'Must be less than 1'
					},
					minimum_sample: { code: 'validation_only_int_constraint' },
					organisation_name: { code: 'validation_required' }
				}
			}
		});
		expect(numberRefusals(error)).toEqual({ satisfaction_threshold: 'range', minimum_sample: 'number' });
		expect(numberRefusals(new Error('x'))).toEqual({});
	});
});
