// The name of a language as the back office writes it in a sentence ("Libellé en turc"): the staff read
// French (or English), unlike visitors, who are offered each language by its own name.
import { m } from '$lib/i18n/messages';
import type { Translation } from './questionnaire-translations';

const NAMES: Record<Translation, () => string> = {
	en: m.admin_lang_en,
	ar: m.admin_lang_ar,
	es: m.admin_lang_es,
	pt: m.admin_lang_pt,
	tr: m.admin_lang_tr,
	ru: m.admin_lang_ru,
	uk: m.admin_lang_uk,
	zh: m.admin_lang_zh,
	ro: m.admin_lang_ro
};

/** A translation's language, named in the back office's language. */
export const languageName = (code: Translation): string => NAMES[code]();

/** "1 texte manquant", "3 textes manquants", or "Complète" when none is. */
export const missingText = (count: number): string =>
	count === 0
		? m.admin_qlang_complete()
		: count === 1
			? m.admin_qlang_missing_one()
			: m.admin_qlang_missing_many({ count });
