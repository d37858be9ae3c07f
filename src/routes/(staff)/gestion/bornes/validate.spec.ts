import { describe, expect, it } from 'vitest';
import { m } from '$lib/i18n/messages';
import { validateKiosk, validatePin, type KioskDraft } from './validate';

const SITE = 'aaaaaaaaaaaaaa1';
const OTHER_SITE = 'aaaaaaaaaaaaaa2';
const POINT = 'bbbbbbbbbbbbbb1';
const pointSites = { [POINT]: SITE };

const valid: KioskDraft = {
	name: 'Hall – tablette 1',
	site: SITE,
	reception_point: POINT,
	languages: ['fr', 'en'],
	pin: '2468',
	pinConfirm: '2468'
};

describe('validateKiosk', () => {
	it('accepts a complete kiosk, with or without a reception point', () => {
		expect(validateKiosk(valid, pointSites)).toEqual({});
		expect(validateKiosk({ ...valid, reception_point: '' }, pointSites)).toEqual({});
	});

	it('gives every empty field its own message', () => {
		const errors = validateKiosk(
			{ name: '  ', site: '', reception_point: '', languages: [], pin: '', pinConfirm: '' },
			pointSites
		);
		expect(errors).toEqual({
			name: m.validation_required(),
			site: m.bo_error_site(),
			languages: m.bo_error_languages(),
			pin: m.bo_error_pin()
		});
	});

	it('refuses a name too short or too long', () => {
		expect(validateKiosk({ ...valid, name: ' x ' }, pointSites).name).toBe(
			m.validation_too_short({ min: 2 })
		);
		expect(validateKiosk({ ...valid, name: 'x'.repeat(121) }, pointSites).name).toBe(
			m.validation_too_long({ max: 120 })
		);
	});

	it('refuses a reception point of another site', () => {
		expect(validateKiosk({ ...valid, site: OTHER_SITE }, pointSites)).toEqual({
			reception_point: m.bo_error_point()
		});
	});
});

describe('validatePin', () => {
	it('wants 4 to 8 digits', () => {
		for (const pin of ['123', '123456789', '12a4', ' 1234', '']) {
			expect(validatePin({ pin, pinConfirm: pin })).toHaveProperty('pin');
		}
		for (const pin of ['1234', '12345678']) expect(validatePin({ pin, pinConfirm: pin })).toEqual({});
	});

	it('wants the confirmation to match', () => {
		expect(validatePin({ pin: '1234', pinConfirm: '1235' })).toEqual({
			pinConfirm: m.bo_error_pin_confirm()
		});
	});
});
