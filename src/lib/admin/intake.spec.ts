import { describe, expect, it } from 'vitest';
import { complaint } from '$lib/test/fake-server';
import { complaintCodes, type ComplaintSubmission } from '$lib/domain/complaint-submission';
import {
	earliestReceipt,
	intakeMessage,
	intakeMessages,
	siteToday,
	transcription,
	transcriptionCodes
} from './intake';

describe('a transcribed complaint', () => {
	it('carries its channel and receipt date, the rest as the citizen’s form makes it', () => {
		const data = complaint({ channel: 'web' }) as ComplaintSubmission;
		const result = transcription(data, 'letter', '2026-11-12');
		expect(result).toEqual({ ...data, channel: 'letter', received_on: '2026-11-12' });
	});

	it('without a channel chosen, is refused on the channel', () => {
		const data = transcription(complaint({}) as ComplaintSubmission, '', '2026-11-12');
		expect(complaintCodes(data, [], '2026-11-22')).toEqual({ channel: 'invalid' });
	});

	it('asks for the receipt date even before a channel is chosen', () => {
		const data = transcription(complaint({}) as ComplaintSubmission, '', '');
		expect(transcriptionCodes(data, [], '2026-11-22')).toEqual({
			channel: 'invalid',
			received_on: 'required'
		});
		const future = transcription(complaint({}) as ComplaintSubmission, 'phone', '2026-11-23');
		expect(transcriptionCodes(future, [], '2026-11-22')).toEqual({ received_on: 'invalid' });
	});

	it('uses the site’s own date: Martinique is still on the day before Paris at 02:00 UTC', () => {
		const now = new Date('2026-11-22T02:00:00Z');
		expect(siteToday('Europe/Paris', now)).toBe('2026-11-22');
		expect(siteToday('America/Martinique', now)).toBe('2026-11-21');
		expect(siteToday(undefined, now)).toBe('2026-11-22');
		expect(earliestReceipt('2026-11-22')).toBe('2025-11-22');
	});
});

describe('messages for the agent', () => {
	it('say what is wrong with the receipt date', () => {
		expect(intakeMessage('received_on', 'required')).toMatch(/date de réception/i);
		expect(intakeMessage('received_on', 'invalid')).toMatch(/365/);
	});

	it('say the agent does not work for the site', () => {
		expect(intakeMessage('site', 'wrong_site')).toMatch(/site/);
		expect(intakeMessage('site', 'wrong_site')).not.toBe(intakeMessage('site', 'unknown'));
	});

	it('keep the citizen form’s wording for the other fields', () => {
		expect(intakeMessages({ subject: 'required', channel: 'invalid' })).toEqual({
			subject: intakeMessage('subject', 'required'),
			channel: expect.stringMatching(/canal|comment/i)
		});
	});
});
