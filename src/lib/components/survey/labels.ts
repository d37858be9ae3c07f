// Questionnaire texts are data, written per language; French is always there.

/** The text in `language`, else in French, with the language it is really written in (for `lang`). */
export function localized(
	labels: { fr: string } & Record<string, string>,
	language: string
): { text: string; lang: string } {
	const text = labels[language]?.trim();
	return text ? { text, lang: language } : { text: labels.fr, lang: 'fr' };
}
