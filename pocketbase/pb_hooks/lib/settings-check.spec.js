import { describe, expect, it } from 'vitest';
import { closuresCode, labelsCode, settingsErrors } from './settings-check.js';

const INVALID = 'validation_invalid_format';
const stored = (values) => (field) => (field in values ? values[field] : '');

describe('closure days', () => {
	it('are distinct days that exist', () => {
		expect(closuresCode(null)).toBeNull();
		expect(closuresCode([])).toBeNull();
		expect(closuresCode(['2026-05-08', '2026-12-24'])).toBeNull();
		for (const value of [
			['2026-02-30'],
			['2026-11-31'],
			['2026-05-08', '2026-05-08'],
			'x',
			{ a: 1 },
			[20260508]
		])
			expect(closuresCode(value), JSON.stringify(value)).toBe(INVALID);
	});
});

describe('labels per language', () => {
	it('want French, and text that shows something in each language', () => {
		expect(labelsCode({ fr: 'Votre avis', en: 'Your opinion' })).toBeNull();
		expect(labelsCode({ fr: 'Votre avis', ar: 'رأيكم', zh: '您的意见' })).toBeNull();
		expect(labelsCode({ en: 'Your opinion' })).toBe('validation_required');
		expect(labelsCode({ fr: '\u200b\u200b' })).toBe('validation_required');
		for (const value of [
			'x',
			[1],
			{ fr: 5 },
			{ fr: 'ok', en: '\u200b' },
			{ fr: 'ok', '': 'x' },
			{ fr: 'ok', de: 'Ihre Meinung' },
			{ fr: 'ok', 'zh-Hans': '您的意见' },
			{ fr: 'a\u0000' }
		])
			expect(labelsCode(value), JSON.stringify(value)).toBe(INVALID);
	});
});

describe('settingsErrors', () => {
	it('refuses impossible closure days and invisible names, field by field', () => {
		expect(
			settingsErrors(
				'sites',
				stored({ name: '\u200b\u200b\u200b', contact_address: '\u200b', closures: '["2026-02-30"]' })
			)
		).toEqual({ name: 'validation_required', contact_address: INVALID, closures: INVALID });
		expect(settingsErrors('sites', stored({ name: 'Metz', closures: 'null' }))).toBeNull();
		expect(settingsErrors('sites', stored({ name: 'Metz', closures: '"2026-05-08"' }))).toEqual({
			closures: INVALID
		});
		expect(settingsErrors('policies', stored({ organisation_name: 'a\u0000b' }))).toEqual({
			organisation_name: INVALID
		});
	});

	it('checks the labels of questionnaires and questions, and leaves other collections alone', () => {
		expect(settingsErrors('questions', stored({ label: '{"fr":""}' }))).toEqual({
			label: 'validation_required'
		});
		expect(settingsErrors('questionnaires', stored({ title: '"Votre avis"' }))).toEqual({ title: INVALID });
		expect(settingsErrors('questionnaires', stored({ title: '{"fr":"Votre avis"}' }))).toBeNull();
		expect(settingsErrors('complaints', stored({ subject: '\u200b' }))).toBeNull();
		expect(settingsErrors('constructor', stored({}))).toBeNull();
	});
});
