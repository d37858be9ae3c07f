import { describe, expect, it } from 'vitest';
import { TRANSLATIONS } from './questionnaire-translations';
import { languageName, missingText } from './questionnaire-language-names';

describe('the back office’s names of the translations', () => {
	it('name each language in French, in a sentence', () => {
		expect(languageName('tr')).toBe('turc');
		expect(languageName('zh')).toBe('chinois simplifié');
		expect(new Set(TRANSLATIONS.map(languageName)).size).toBe(TRANSLATIONS.length);
	});

	it('say how many texts a language lacks', () => {
		expect(missingText(0)).toBe('Complète');
		expect(missingText(1)).toBe('1 texte manquant');
		expect(missingText(6)).toBe('6 textes manquants');
	});
});
