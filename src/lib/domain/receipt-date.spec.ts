import { describe, expect, it } from 'vitest';
import {
	MAX_RECEIPT_AGE_DAYS,
	STAFF_CHANNELS,
	isStaffChannel,
	receiptWindow,
	receiptWindowAnywhere,
	receivedOnCode,
	shiftDay
} from './receipt-date';

describe('receipt date of a transcribed item', () => {
	const window = receiptWindow('2026-11-22');

	it('shifts days across months and years', () => {
		expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
		expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
	});

	it('accepts today back to 365 days before, as the server does', () => {
		expect(window).toEqual({ earliest: '2025-11-22', latest: '2026-11-22' });
		expect(MAX_RECEIPT_AGE_DAYS).toBe(365);
		expect(receivedOnCode('2026-11-22', 'letter', window)).toBeNull();
		expect(receivedOnCode('2025-11-22', 'paper', window)).toBeNull();
	});

	it.each([
		['', 'required'],
		[undefined, 'required'],
		['2026-11-23', 'invalid'],
		['2025-11-21', 'invalid'],
		['22/11/2026', 'invalid'],
		['2026-02-30', 'invalid'],
		[20261122, 'invalid']
	])('%j on a staff channel gives %s', (value, code) => {
		expect(receivedOnCode(value, 'phone', window)).toBe(code);
	});

	it('is not asked on the web or the kiosk', () => {
		expect(receivedOnCode(undefined, 'web', window)).toBeNull();
		expect(receivedOnCode('1999-01-01', 'kiosk', window)).toBeNull();
	});

	it('knows the staff channels', () => {
		expect(STAFF_CHANNELS).toEqual(['paper', 'letter', 'phone', 'email']);
		expect(isStaffChannel('email')).toBe(true);
		expect(isStaffChannel('web')).toBe(false);
	});

	it('without the site, allows every date some site may have now, and no more', () => {
		// 11:00 UTC: already the 23rd at UTC+14, still the 21st at UTC−12.
		const anywhere = receiptWindowAnywhere(new Date('2026-11-22T11:00:00Z'));
		expect(anywhere).toEqual({ earliest: '2025-11-21', latest: '2026-11-23' });
		expect(receivedOnCode('2026-11-24', 'letter', anywhere)).toBe('invalid');
	});
});
