import { describe, expect, it } from 'vitest';
import { answerCountSchema, suggestionSchema } from './survey';

const id = 'abcdefghij12345';

describe('suggestionSchema', () => {
	const suggestion = { site: id, channel: 'web', text: 'Plus de chaises', day: '2026-11-22' };

	it('trims the text, then needs 3 to 2000 characters', () => {
		expect(suggestionSchema.parse({ ...suggestion, text: '  abc  ' }).text).toBe('abc');
		expect(suggestionSchema.safeParse({ ...suggestion, text: ' ab ' }).success).toBe(false);
		expect(suggestionSchema.safeParse({ ...suggestion, text: 'x'.repeat(2001) }).success).toBe(false);
	});

	it('takes an e-mail, a status and an erasure only as PocketBase stores them', () => {
		expect(suggestionSchema.safeParse({ ...suggestion, email: '', status: '' }).success).toBe(true);
		expect(suggestionSchema.safeParse({ ...suggestion, email: 'camille@' }).success).toBe(false);
		expect(suggestionSchema.safeParse({ ...suggestion, status: 'open' }).success).toBe(false);
		expect(
			suggestionSchema.safeParse({ ...suggestion, anonymised_at: '2026-11-22 14:20:59.586Z' }).success
		).toBe(true);
		expect(suggestionSchema.safeParse({ ...suggestion, anonymised_at: '22/11/2026' }).success).toBe(false);
	});
});

describe('answerCountSchema', () => {
	it('counts at least one answer, in whole numbers', () => {
		const count = {
			day: '2026-11-22',
			site: id,
			channel: 'kiosk',
			questionnaire: id,
			question: id,
			engagement: id,
			value: 'satisfied',
			n: 1
		};
		expect(answerCountSchema.safeParse(count).success).toBe(true);
		expect(answerCountSchema.safeParse({ ...count, n: 0 }).success).toBe(false);
		expect(answerCountSchema.safeParse({ ...count, n: 1.5 }).success).toBe(false);
		expect(answerCountSchema.safeParse({ ...count, day: '2026-1-1' }).success).toBe(false);
	});
});
