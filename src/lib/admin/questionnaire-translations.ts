// What a questionnaire's translations lack: the texts (its title, each question's label) per language.
// A language is complete when every text is written in it; those are the languages the server stores in
// `questionnaires.languages` (pocketbase/pb_hooks/lib/questionnaire-languages.js, held equal by
// questionnaire-translations.parity.spec.ts) and the only ones a kiosk offers.
import { BASE_LOCALE, LOCALES, type Locale } from '$lib/i18n/generated/locales';

/** A text per language, as stored (French required, the others optional). */
export type Texts = Partial<Record<string, string>>;

/** A language a French text may be translated into. */
export type Translation = Exclude<Locale, 'fr'>;

/** The languages a text may be translated into: all but French, in the order they are offered. */
export const TRANSLATIONS = LOCALES.filter((code) => code !== BASE_LOCALE) as Translation[];

/** Whether `texts` holds something to read in `language`. */
export const written = (texts: Texts, language: string): boolean =>
	Object.hasOwn(texts, language) && (texts[language] ?? '').trim() !== '';

/** The languages a text lacks, in the order they are offered. */
export const missingLanguages = (texts: Texts): Translation[] =>
	TRANSLATIONS.filter((code) => !written(texts, code));

/** How many of the texts (the title, then each label) each translation lacks. */
export function missingCounts(title: Texts, labels: readonly Texts[]): Record<Locale, number> {
	const counts = Object.fromEntries(LOCALES.map((code) => [code, 0])) as Record<Locale, number>;
	for (const texts of [title, ...labels]) for (const code of missingLanguages(texts)) counts[code] += 1;
	return counts;
}

/** The languages every text is written in, French always: what the server stores as `languages`. */
export function completeLanguages(title: Texts, labels: readonly Texts[]): Locale[] {
	const counts = missingCounts(title, labels);
	return LOCALES.filter((code) => code === BASE_LOCALE || counts[code] === 0);
}

/** A text in each language, '' where none is written: what an editor's fields bind to. */
export const editable = (texts: Texts): Record<Locale, string> =>
	Object.fromEntries(LOCALES.map((code) => [code, written(texts, code) ? texts[code]! : ''])) as Record<
		Locale,
		string
	>;

/** What is stored from an editor's fields: each language's text trimmed, the blank ones left out. */
export function storable(fields: Record<Locale, string>): { fr: string } & Record<string, string> {
	const texts: { fr: string } & Record<string, string> = { fr: fields.fr.trim() };
	for (const code of TRANSLATIONS) if (fields[code].trim() !== '') texts[code] = fields[code].trim();
	return texts;
}
