import { describe, expect, it } from 'vitest';
import {
	TRANSLATIONS,
	completeLanguages,
	editable,
	missingCounts,
	missingLanguages,
	storable
} from './questionnaire-translations';

describe('a questionnaire’s translations', () => {
	it('are the nine languages after French, in the order they are offered', () => {
		expect(TRANSLATIONS).toEqual(['en', 'ar', 'es', 'pt', 'tr', 'ru', 'uk', 'zh', 'ro']);
	});

	it('a text lacks the languages it is not written in, blank ones included', () => {
		expect(missingLanguages({ fr: 'Accueil ?', en: 'Welcome?', tr: ' ', ar: 'الاستقبال؟' })).toEqual([
			'es',
			'pt',
			'tr',
			'ru',
			'uk',
			'zh',
			'ro'
		]);
		expect(missingLanguages(Object.create({ en: 'inherited' }))).toContain('en');
	});

	it('count, per language, the texts (title and labels) it lacks', () => {
		const counts = missingCounts({ fr: 'Votre avis', en: 'Your opinion' }, [
			{ fr: 'Accueil ?', en: 'Welcome?', tr: 'Karşılama?' },
			{ fr: 'Attente ?' }
		]);
		expect(counts).toMatchObject({ fr: 0, en: 1, tr: 2, ar: 3, zh: 3 });
	});

	it('are complete in French always, and in the languages no text lacks', () => {
		const all = Object.fromEntries(['fr', ...TRANSLATIONS].map((code) => [code, code]));
		expect(completeLanguages({ fr: 'T', en: 'T' }, [{ fr: 'Q', en: 'Q', tr: 'S' }])).toEqual(['fr', 'en']);
		expect(completeLanguages(all, [all, all])).toEqual(['fr', ...TRANSLATIONS]);
		expect(completeLanguages({ fr: 'T' }, [])).toEqual(['fr']);
	});
});

describe('an editor’s fields', () => {
	it('start from the stored texts, every language present', () => {
		const fields = editable({ fr: 'Accueil ?', ar: 'الاستقبال؟' });
		expect(Object.keys(fields)).toEqual(['fr', ...TRANSLATIONS]);
		expect(fields).toMatchObject({ fr: 'Accueil ?', ar: 'الاستقبال؟', en: '', tr: '' });
	});

	it('store each language trimmed, and leave the blank ones out', () => {
		const fields = { ...editable({ fr: ' Accueil ? ' }), tr: ' Karşılama? ', en: '   ' };
		expect(storable(fields)).toEqual({ fr: 'Accueil ?', tr: 'Karşılama?' });
	});
});
