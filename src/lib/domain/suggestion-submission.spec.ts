import { describe, expect, it } from 'vitest';
import { suggestion } from '$lib/test/fake-server';
import { codesOf } from './error-codes';
import { suggestionSubmissionSchema } from './suggestion-submission';

const codes = (data: unknown) => {
	const result = suggestionSubmissionSchema.safeParse(data);
	return result.success ? {} : codesOf(result.error);
};

describe('suggestionSubmissionSchema', () => {
	it('accepts a suggestion with or without an e-mail, and trims the text', () => {
		expect(suggestionSubmissionSchema.parse(suggestion({ text: '  Plus de chaises  ' })).text).toBe(
			'Plus de chaises'
		);
		expect(codes(suggestion({ email: 'camille@example.fr' }))).toEqual({});
	});

	it.each([
		['text', '', 'required'],
		['text', 'ab', 'too_short'],
		['text', 'x'.repeat(2001), 'too_long'],
		['email', 'camille@', 'invalid'],
		['site', '', 'required'],
		['reception_point', 'x', 'invalid'],
		['day', '23/11/2026', 'invalid'],
		['day', '2026-11-31', 'invalid'],
		['day', 20261130, 'invalid'],
		['day', '', 'required'],
		['text', '\u200b'.repeat(12), 'required'],
		['text', true, 'invalid'],
		['channel', 'paper', 'invalid']
	])('%s = %j gives %s', (field, value, code) => {
		expect(codes(suggestion({ [field]: value }))).toEqual({ [field]: code });
	});

	it('a filled honeypot is spam', () => {
		expect(codes(suggestion({ nickname: 'x' } as never))).toEqual({ form: 'spam' });
	});
});
