// Which languages a kiosk offers its visitors. Decision (issue 16): a kiosk offers the languages it is set
// to offer in which its questionnaire is complete, so that no visitor starts a survey whose questions
// would fall back to French half-way. The server keeps `questionnaire.languages` to exactly those the title
// and every question are written in (pocketbase/pb_hooks/lib/questionnaire-languages.js). French, the
// questionnaire's base language, is always offered.
import { LANGUAGES, type Language } from '$lib/domain/fields';
import type { KioskConfig } from '$lib/domain/kiosk-config';

/**
 * The languages the welcome screen offers: French first, then each language set on the kiosk in which
 * the questionnaire is complete, in the app's order of languages.
 */
export function offeredLanguages(config: Pick<KioskConfig, 'kiosk' | 'questionnaire'>): Language[] {
	const set = new Set(config.kiosk.languages);
	const complete = new Set(config.questionnaire.languages);
	return LANGUAGES.filter((code) => code === 'fr' || (set.has(code) && complete.has(code)));
}
