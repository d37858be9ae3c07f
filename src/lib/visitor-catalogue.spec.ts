// Every message a visitor can read exists in every visitors' language, with the French text's placeholders.
// Which messages visitors read is found in the code itself: the keys used by any file outside the back office
// (STAFF_ONLY), so a new visitor string without its translations fails here. The back office stays French
// (and English). messages/review.json lists the languages translated without a native speaker.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueFiles } from '../../scripts/lib/i18n-sources.js';
import { usedKeys } from './test/message-keys';

/** Folders and files whose strings only staff read. */
const STAFF_ONLY = [
	'src/routes/(staff)',
	'src/routes/(public)/connexion',
	'src/lib/admin',
	'src/lib/cockpit',
	'src/lib/desk',
	'src/lib/components/backoffice'
];

type Messages = Record<string, unknown>;

/** Visitor messages that read the same as in French in a language (English is not held to it: many words are). */
const SAME_AS_FRENCH: Record<string, string[]> = Object.fromEntries(
	['ar', 'es', 'pt', 'tr', 'ru', 'uk', 'zh', 'ro'].map((locale) => [
		locale,
		['engagement_name', ...(locale === 'pt' ? ['header_menu'] : [])]
	])
);

const review = JSON.parse(readFileSync('messages/review.json', 'utf8')) as Record<
	string,
	{ reviewed: string[] } | string
>;
/** The languages translated for visitors besides French, English first. */
const LANGUAGES = ['en', ...Object.keys(review).filter((key) => key !== 'about')];

function read(file: string): Messages {
	if (!existsSync(file)) return {};
	const { $schema: _, ...messages } = JSON.parse(readFileSync(file, 'utf8')) as Messages;
	return messages;
}

/** The catalogue of `locale`, file by file in the order of the French files (empty where it has none). */
const catalogue = (locale: string) =>
	catalogueFiles('.', 'fr').map((file) => read(file.replace(/fr\.json$/, `${locale}.json`)));

const placeholders = (text: unknown) =>
	[...String(text).matchAll(/\{([^{}]*)\}/g)].map(([, name]) => name).sort();

describe('the visitors’ catalogue', () => {
	const french = catalogue('fr');
	const keys = [...usedKeys(STAFF_ONLY)];

	it('finds the visitors’ messages in the code (a sample of kiosk, form and results keys)', () => {
		expect(keys.length).toBeGreaterThan(300);
		expect(keys).toEqual(expect.arrayContaining(['kiosk_title', 'common_subject', 'pub_results_title']));
		expect(keys).not.toContain('desk_inbox_caption');
	});

	it.each(LANGUAGES)('has every visitor message in %s, with the French placeholders', (locale) => {
		const translated = catalogue(locale);
		const problems: string[] = [];
		for (const key of keys) {
			const at = french.findIndex((messages) => key in messages);
			if (at < 0) continue; // not a message (a word like m.length): the compiler checks the real ones
			const text = translated[at]![key];
			if (typeof text !== 'string' || text.trim() === '') problems.push(`${key}: missing`);
			else if (placeholders(text).join() !== placeholders(french[at]![key]).join())
				problems.push(
					`${key}: placeholders ${placeholders(text)} instead of ${placeholders(french[at]![key])}`
				);
		}
		expect(problems).toEqual([]);
	});

	it.each(LANGUAGES.slice(1))('has no message in %s that French does not have', (locale) => {
		const translated = catalogue(locale);
		const extra = translated.flatMap((messages, at) =>
			Object.keys(messages).filter((key) => !(key in french[at]!))
		);
		expect(extra).toEqual([]);
	});

	it('lists as reviewed only keys that exist', () => {
		const all = new Set(french.flatMap((messages) => Object.keys(messages)));
		const unknown = LANGUAGES.slice(1).flatMap((locale) => {
			const entry = review[locale];
			return typeof entry === 'object' ? entry.reviewed.filter((key) => !all.has(key)) : [];
		});
		expect(unknown).toEqual([]);
	});

	it.each(LANGUAGES.filter((locale) => locale !== 'en'))(
		'has no visitor message in %s left as the French text',
		(locale) => {
			const translated = catalogue(locale);
			const untranslated = keys.filter((key) => {
				const at = french.findIndex((messages) => key in messages);
				return at >= 0 && translated[at]![key] === french[at]![key] && !SAME_AS_FRENCH[locale]?.includes(key);
			});
			expect(untranslated).toEqual([]);
		}
	);
});
