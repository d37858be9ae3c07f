import { describe, expect, test } from 'vitest';
import { firstInvalid, focusFirstError } from './focus-first-error';
import { recordFocus } from './focus-recorder.fixture';

const FIELDS = ['name', 'email', 'phone'] as const;
const control = (field: string) => `control-${field}`;

describe('firstInvalid', () => {
	test('is the first field in the given order that has a message, not in the errors’ order', () => {
		expect(firstInvalid(FIELDS, { phone: 'Trop long.', email: 'Adresse invalide.' })).toBe('email');
	});

	test('is undefined when only the form or unknown fields have messages', () => {
		expect(firstInvalid(FIELDS, { form: 'Refusé.', other: 'Non.' })).toBeUndefined();
	});

	test('passes over empty messages', () => {
		expect(firstInvalid(FIELDS, { name: '', phone: 'Trop long.' })).toBe('phone');
	});
});

describe('focusFirstError', () => {
	const focused = recordFocus();

	test('focuses the control of the first field with an error and says so', async () => {
		expect(await focusFirstError(FIELDS, { phone: 'Trop long.', email: 'Invalide.' }, control)).toBe(true);
		expect(focused).toEqual(['control-email']);
	});

	test('focuses nothing and says so when no field has an error', async () => {
		expect(await focusFirstError(FIELDS, { form: 'Refusé.' }, control)).toBe(false);
		expect(focused).toEqual([]);
	});
});
