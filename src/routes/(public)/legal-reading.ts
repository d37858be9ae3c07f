// A legal page (privacy notice, legal notice) read in another language than French is a translation: the
// French text alone is authoritative, so the page offers it, on the same address with `?langue=fr`,
// without changing the language the visitor chose for the rest of the site. Pure.
import { baseLocale, type Locale, type MessageOptions } from '$lib/i18n/runtime';

const PARAMETER = 'langue';

/** True when the page is to be read in French although the visitor reads another language. */
export function readsFrench(url: URL, current: Locale): boolean {
	return current !== baseLocale && url.searchParams.get(PARAMETER) === baseLocale;
}

/** The messages' options of the page: its French text, or the visitor's language. */
export function legalOptions(french: boolean): MessageOptions {
	return french ? { locale: baseLocale } : {};
}

/** The same page in French (`french`), or back in the visitor's language. */
export function legalHref(url: URL, french: boolean): string {
	const target = new URL(url);
	if (french) target.searchParams.set(PARAMETER, baseLocale);
	else target.searchParams.delete(PARAMETER);
	return `${target.pathname}${target.search}`;
}
