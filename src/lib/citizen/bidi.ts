// References (2026-R-000123), e-mail addresses and URLs are left-to-right runs. Inside right-to-left text
// (Arabic) the Unicode bidirectional algorithm would reorder their parts ("000123-R-2026"): where they sit
// inside a translated sentence (a message's placeholder), they are isolated with Unicode's own marks, the
// text equivalent of <bdi dir="ltr"> (https://www.w3.org/International/questions/qa-bidi-unicode-controls).
import { languageInfo, type Locale } from '$lib/i18n/runtime';

/** LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE. */
const LRI = '\u2066';
const PDI = '\u2069';

/** `value` isolated as left-to-right when the language around it is written right to left; as is otherwise. */
export function ltrIn(value: string, locale: Locale): string {
	return languageInfo[locale].dir === 'rtl' && value !== '' ? `${LRI}${value}${PDI}` : value;
}
