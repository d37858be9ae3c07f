// Which language the app speaks, and the words of each language loaded so far. The base language (French)
// is written into each message's function (generated/messages.ts); another language's words are a dictionary
// loaded when that language is chosen (`loadLocale`), so a page never carries a language nobody asked for. A
// message of a language not loaded, or missing from its dictionary, reads in French.
import { readDictionary, type Dictionary } from './dictionary-store';
import { BASE_LOCALE, LANGUAGE_INFO, LOCALES, type Locale } from './generated/locales';

export { BASE_LOCALE as baseLocale, LANGUAGE_INFO as languageInfo, LOCALES as locales, type Locale };

export interface MessageOptions {
	/** Another language than the app's, for one message (a kiosk's welcome shows each language's own words). */
	locale?: Locale;
}

/** The address of each language's dictionary besides the base one's: Vite makes each a file of its own. */
const ADDRESSES = import.meta.glob<string>('./generated/dictionaries/*.json', {
	query: '?url',
	import: 'default',
	eager: true
});
const dictionaries = new Map<Locale, Dictionary>();
let current: Locale = BASE_LOCALE;
let override: (() => Locale) | undefined;

/** True for a language of the app. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

type Direction = 'ltr' | 'rtl' | 'auto';

/**
 * The `lang` and `dir` attributes of a text written in `language` (a code such as "zh" → "zh-Hans"); none
 * when `language` is undefined (a text in the page's own language).
 */
export function textIn(language: string): { lang: string; dir: Direction };
export function textIn(language: string | undefined): { lang?: string; dir?: Direction };
export function textIn(language: string | undefined): { lang?: string; dir?: Direction } {
	if (language === undefined) return {};
	return isLocale(language)
		? { lang: LANGUAGE_INFO[language].tag, dir: LANGUAGE_INFO[language].dir }
		: { lang: language, dir: 'auto' };
}

/** The app's language. */
export function getLocale(): Locale {
	return override?.() ?? current;
}

/** For specs: the language `getLocale` answers (its dictionary must be loaded, as the app's is). */
export function overwriteGetLocale(get: () => Locale): void {
	override = get;
}

/** Loads a language's words, once; the base language has nothing to load. */
export async function loadLocale(locale: Locale): Promise<void> {
	if (locale === BASE_LOCALE || dictionaries.has(locale)) return;
	const address = ADDRESSES[`./generated/dictionaries/${locale}.json`];
	if (!address) throw new Error(`No dictionary for the language "${locale}"`);
	const sources = {
		fetch,
		base: globalThis.location?.href ?? 'http://localhost/',
		caches: globalThis.caches
	};
	dictionaries.set(locale, await readDictionary(address, Object.values(ADDRESSES), sources));
}

/** True when the language's words are here (always for the base language). */
export function isLoaded(locale: Locale): boolean {
	return locale === BASE_LOCALE || dictionaries.has(locale);
}

/** Switches the app's language; its words must have been loaded (`loadLocale`). */
export function setLocale(locale: Locale): void {
	if (!isLoaded(locale)) throw new Error(`The language "${locale}" is not loaded`);
	current = locale;
}

/** `{name}` placeholders filled from `inputs`; an input the text does not name is ignored. */
export function interpolate(text: string, inputs: Record<string, string | number>): string {
	return text.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) =>
		Object.hasOwn(inputs, name) ? String(inputs[name]) : whole
	);
}

/** A message's text in the language asked (or the app's), filled in: the generated functions call it. */
export function render(
	key: string,
	base: string,
	inputs: Record<string, string | number>,
	options: MessageOptions
): string {
	const locale = options.locale ?? getLocale();
	const text = locale === BASE_LOCALE ? base : (dictionaries.get(locale)?.[key] ?? base);
	return interpolate(text, inputs);
}
