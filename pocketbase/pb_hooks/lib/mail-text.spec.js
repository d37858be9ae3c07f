import { describe, expect, it } from 'vitest';
import MESSAGES from './mail-messages.json';
import { LANGUAGE_CODES } from './languages.js';
import { contactLines, mailLanguages, mailText, mailWords, subjectOf, yourRequest } from './mail-text.js';

// A mail in French alone names the request in its subject; these keys need no translation.
const FRENCH_ONLY = ['ack_subject', 'answer_subject'];
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the e-mails’ catalogue', () => {
	it('is written in every language visitors can read (languages.json)', () => {
		expect(Object.keys(MESSAGES).sort()).toEqual([...LANGUAGE_CODES].sort());
	});

	it('has every text in every language, with the same placeholders', () => {
		const french = Object.keys(MESSAGES.fr).filter((key) => !FRENCH_ONLY.includes(key));
		for (const [language, table] of Object.entries(MESSAGES)) {
			expect(Object.keys(table).sort(), language).toEqual(
				(language === 'fr' ? Object.keys(MESSAGES.fr) : french).sort()
			);
			for (const key of french) {
				if (typeof table[key] === 'string')
					expect(placeholders(table[key]), `${language}.${key}`).toEqual(placeholders(MESSAGES.fr[key]));
			}
			expect(mailWords(language, 'weekdays')).toHaveLength(7);
			expect(mailWords(language, 'months')).toHaveLength(12);
		}
	});

	it('fills placeholders, and refuses a missing text or value rather than sending a hole', () => {
		expect(mailText('en', 'ack_due', { date: 'Monday 14 December 2026' })).toBe(
			'We will answer you by Monday 14 December 2026 at the latest.'
		);
		expect(() => mailText('fr', 'no_such_text')).toThrow(/no_such_text/);
		expect(() => mailText('de', 'greeting')).toThrow(/"de"/);
		expect(() => mailText('fr', 'ack_due')).toThrow(/\{date\}/);
	});

	it('writes French first, then the requester’s language when the catalogue has it', () => {
		expect(mailLanguages('fr')).toEqual(['fr']);
		expect(mailLanguages('en')).toEqual(['fr', 'en']);
		expect(mailLanguages('xx')).toEqual(['fr']);
	});

	it('names the request, its service and its contact, and makes the subject', () => {
		expect(yourRequest('fr', 'information')).toBe('votre demande d’information');
		expect(yourRequest('en', 'complaint')).toBe('your complaint');
		expect(
			contactLines('en', { name: 'Metz', contact_email: 'a@b.fr', contact_address: '' }, 'Étrangers')
		).toEqual(['Metz – Étrangers', 'E-mail : a@b.fr']);
		expect(subjectOf('answer', ['fr'], 'complaint', '2026-R-000001')).toBe(
			'Réponse à votre réclamation 2026-R-000001'
		);
		expect(subjectOf('ack', ['fr', 'en'], 'complaint', '2026-R-000001')).toBe(
			'Accusé de réception / Acknowledgement of receipt – 2026-R-000001'
		);
	});
});
