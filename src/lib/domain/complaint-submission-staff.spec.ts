// A complaint an agent transcribes (paper, letter, phone, e-mail): its channel and original receipt date.
import { describe, expect, it } from 'vitest';
import { complaint } from '$lib/test/fake-server';
import { dayIn } from './day';
import { complaintCodes, complaintSubmissionSchema } from './complaint-submission';
import { shiftDay, type StaffChannel } from './receipt-date';

const today = dayIn('Europe/Paris');

describe('a transcribed complaint', () => {
	it.each(['paper', 'letter', 'phone', 'email'])(
		'is accepted on the %s channel with its receipt date',
		(channel) => {
			const data = complaint({ channel: channel as StaffChannel, received_on: shiftDay(today, -10) });
			expect(complaintCodes(data, [], today)).toEqual({});
			expect(complaintSubmissionSchema.parse(data).received_on).toBe(shiftDay(today, -10));
		}
	);

	it('needs its receipt date', () => {
		expect(complaintCodes(complaint({ channel: 'letter' }), [], today)).toEqual({ received_on: 'required' });
		expect(complaintCodes(complaint({ channel: 'letter', received_on: '' }))).toEqual({
			received_on: 'required'
		});
	});

	it('refuses a date in the future or more than 365 days old, against the site’s date', () => {
		expect(
			complaintCodes(complaint({ channel: 'phone', received_on: shiftDay(today, 1) }), [], today)
		).toEqual({
			received_on: 'invalid'
		});
		expect(
			complaintCodes(complaint({ channel: 'phone', received_on: shiftDay(today, -366) }), [], today)
		).toEqual({ received_on: 'invalid' });
		expect(
			complaintCodes(complaint({ channel: 'phone', received_on: shiftDay(today, -365) }), [], today)
		).toEqual({});
	});

	it('refuses, even without the site, a date that is in the future everywhere', () => {
		expect(complaintCodes(complaint({ channel: 'email', received_on: shiftDay(today, 3) }))).toEqual({
			received_on: 'invalid'
		});
	});

	it('leaves web and kiosk complaints as they were', () => {
		expect(complaintCodes(complaint({ channel: 'web' }), [], today)).toEqual({});
		expect(complaintCodes(complaint({ channel: 'fax' as never }), [], today)).toEqual({ channel: 'invalid' });
	});
});
