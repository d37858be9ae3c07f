// The interface language. French is always there; another language's words are loaded before the app
// switches to it (lib/i18n/runtime), so that changing language re-renders at once, offline too once loaded.
import { browser } from '$app/environment';
import {
	baseLocale,
	getLocale,
	isLoaded,
	isLocale,
	loadLocale,
	setLocale,
	type Locale
} from '$lib/i18n/runtime';

/** Where the visitor's choice is kept on the device (the name the previous i18n library used: kept). */
const STORAGE_KEY = 'PARAGLIDE_LOCALE';

/** The visitor's choice on this device, else the browser's first language the app has, else French. */
export function startingLocale(stored: string | null, preferred: readonly string[]): Locale {
	if (isLocale(stored)) return stored;
	for (const tag of preferred) {
		const language = tag.toLowerCase().split('-')[0];
		if (isLocale(language)) return language;
	}
	return baseLocale;
}

class LocaleState {
	#current = $state<Locale>(browser ? getLocale() : baseLocale);

	/** The current language. */
	get current(): Locale {
		return this.#current;
	}

	/** At start: the language to use, its words loaded (French when they cannot be, e.g. offline at first visit). */
	async init(): Promise<void> {
		const wanted = startingLocale(localStorage.getItem(STORAGE_KEY), navigator.languages ?? []);
		await this.prepare([wanted]);
		this.#use(isLoaded(wanted) ? wanted : baseLocale);
	}

	/** Loads these languages' words (a kiosk loads every language it offers before its welcome screen). */
	async prepare(wanted: readonly Locale[]): Promise<void> {
		await Promise.all(wanted.map((locale) => loadLocale(locale).catch(() => {})));
	}

	/** Switches to a language, loading its words first; remembers the choice. */
	async change(locale: Locale): Promise<void> {
		await loadLocale(locale);
		this.set(locale);
	}

	/** Switches to a language whose words are loaded (`prepare`); remembers the choice. */
	set(locale: Locale): void {
		this.#use(locale);
		localStorage.setItem(STORAGE_KEY, locale);
	}

	#use(locale: Locale): void {
		setLocale(locale);
		this.#current = locale;
	}
}

export const locale = new LocaleState();
