// The interface language. French is always there; another language's words are loaded before the app
// switches to it (lib/i18n/runtime), so that changing language re-renders at once, offline too once loaded.
// Visitors may read any of the app's languages; the back office (and its sign-in page) is written in French
// and English only, so there a visitor language without back-office words shows French.
import { browser } from '$app/environment';
import {
	baseLocale,
	getLocale,
	isLoaded,
	isLocale,
	loadLocale,
	locales,
	setLocale,
	type Locale
} from '$lib/i18n/runtime';

/** Where the visitor's choice is kept on the device (the name the previous i18n library used: kept). */
const STORAGE_KEY = 'PARAGLIDE_LOCALE';

/** The languages the back office is written in. */
export const STAFF_LOCALES: readonly Locale[] = ['fr', 'en'];

/** The visitor's choice on this device, else French: the browser's language is proposed, never imposed. */
export function startingLocale(stored: string | null): Locale {
	return isLocale(stored) ? stored : baseLocale;
}

/**
 * The language to propose to a visitor who never chose one: the first of the browser's languages the app
 * has, by its main part, when it is not French (French sites are read in French first). Null otherwise.
 */
export function proposedLocale(stored: string | null, preferred: readonly string[]): Locale | null {
	if (stored !== null) return null;
	for (const tag of preferred) {
		const language = tag.toLowerCase().split('-')[0];
		if (isLocale(language)) return language === baseLocale ? null : language;
	}
	return null;
}

/** True for the pages of the back office and its sign-in (route ids such as `/(staff)/gestion`). */
export function isStaffRoute(routeId: string | null): boolean {
	return /^\/\(staff\)(\/|$)|^\/\(public\)\/connexion(\/|$)/.test(routeId ?? '');
}

/** True for the full-screen pages nobody reads the website on: the kiosk and the lobby screen. */
export function isBareRoute(routeId: string | null): boolean {
	return /^\/(borne|affichage)(\/|$)/.test(routeId ?? '');
}

/** The choice kept on this device, or null (none, or storage refused). */
function readStored(): string | null {
	try {
		return localStorage.getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}

class LocaleState {
	#chosen = $state<Locale>(browser ? getLocale() : baseLocale);
	#staff = $state(false);
	#proposed = $state<Locale | null>(null);

	/** The language the pages speak: the visitor's choice, or French in the back office when it has no words. */
	get current(): Locale {
		return this.#staff && !STAFF_LOCALES.includes(this.#chosen) ? baseLocale : this.#chosen;
	}

	/** The languages the switch offers on the pages shown now. */
	get offered(): readonly Locale[] {
		return this.#staff ? STAFF_LOCALES : locales;
	}

	/** The browser's language, proposed (its words loaded) until the visitor accepts or declines it. */
	get proposed(): Locale | null {
		return this.#proposed;
	}

	/**
	 * At start: the language to use, its words loaded (French when they cannot be, e.g. offline at first
	 * visit); and, when `propose` (the website's pages, not a kiosk nor a lobby screen), the browser's.
	 */
	async init({ propose }: { propose: boolean }): Promise<void> {
		const stored = readStored();
		const wanted = startingLocale(stored);
		const proposed = propose ? proposedLocale(stored, navigator.languages ?? []) : null;
		await this.prepare(proposed ? [wanted, proposed] : [wanted]);
		this.#proposed = proposed && isLoaded(proposed) ? proposed : null;
		this.#chosen = isLoaded(wanted) ? wanted : baseLocale;
		this.#apply();
	}

	/** Whether the pages shown are the back office's (their language is then French or English). */
	enterArea(staff: boolean): void {
		this.#staff = staff;
		this.#apply();
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

	/** Switches to a language whose words are loaded (`prepare`); remembers the choice, which ends a proposal. */
	set(locale: Locale): void {
		this.use(locale);
		this.#proposed = null;
		try {
			localStorage.setItem(STORAGE_KEY, locale);
		} catch {
			// Storage refused (a browser's strict mode): the choice holds until the page is closed.
		}
	}

	/**
	 * Switches to a loaded language without remembering it: a kiosk's visitor (the next one starts in French)
	 * or a lobby screen's turn.
	 */
	use(locale: Locale): void {
		this.#chosen = locale;
		this.#apply();
	}

	/** The visitor keeps the language shown: remembered, so that the proposal is not made again. */
	decline(): void {
		this.set(this.#chosen);
	}

	#apply(): void {
		setLocale(this.current);
	}
}

export const locale = new LocaleState();
