import { browser } from '$app/environment';
import { baseLocale, getLocale, setLocale, type Locale } from '$lib/paraglide/runtime.js';

/** The interface language; changing it re-renders the app without a reload (works offline). */
class LocaleState {
	#current = $state<Locale>(browser ? getLocale() : baseLocale);

	/** The current locale ('fr' or 'en'). */
	get current(): Locale {
		return this.#current;
	}

	/** Switches language and remembers the choice (Paraglide's localStorage strategy). */
	set(locale: Locale): void {
		// Synchronous with the localStorage strategy: the promise is only for asynchronous custom strategies.
		void setLocale(locale, { reload: false });
		this.#current = locale;
	}
}

export const locale = new LocaleState();
