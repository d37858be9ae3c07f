// The languages of a lobby screen. The screen hangs in a hall where people read many languages; nobody
// touches it, so it cannot ask. Whoever installs it lists them in its address,
// `/affichage/metz?langues=fr,ar,tr`: the screen shows all its slides in the first, then all in the next,
// and so on round. Without the parameter it keeps the device's language (French by default). Pure.
import { isLocale, type Locale } from '$lib/i18n/runtime';

/** The languages named in `?langues=` (codes separated by commas), known ones only, each once, in order. */
export function lobbyLanguages(param: string | null): Locale[] {
	const codes = (param ?? '')
		.split(',')
		.map((code) => code.trim().toLowerCase())
		.filter(isLocale);
	return [...new Set(codes)];
}

/** How many views a full round of the screen has: every slide in every language. */
export function viewCount(slides: number, languages: readonly Locale[]): number {
	return slides * Math.max(1, languages.length);
}

/**
 * The view after the one shown: the next slide, and after the last slide the next language (null when the
 * language stays). A single slide turns language at each step.
 */
export function nextView(
	index: number,
	slides: number,
	languages: readonly Locale[],
	current: Locale
): { index: number; language: Locale | null } {
	const next = slides > 0 ? (index + 1) % slides : 0;
	if (next !== 0 || languages.length < 2) return { index: next, language: null };
	const at = languages.indexOf(current);
	return { index: next, language: languages[(at + 1) % languages.length]! };
}
