import { describe, expect, it } from 'vitest';
import { completeLanguages, refreshLanguages } from './questionnaire-languages.js';

const ALL = ['fr', 'en', 'ar', 'es', 'pt', 'tr', 'ru', 'uk', 'zh', 'ro'];
const everywhere = (text) => Object.fromEntries(ALL.map((code) => [code, `${text} (${code})`]));

describe('the languages a questionnaire is complete in', () => {
	it('are those of the title and of every label, in the order languages are offered', () => {
		const title = { fr: 'Votre avis', tr: 'Görüşünüz', en: 'Your opinion' };
		const labels = [
			{ fr: 'Accueil ?', en: 'Welcome?', tr: 'Karşılama?' },
			{ fr: 'Attente ?', tr: 'Bekleme?', en: 'Waiting?', ar: 'الانتظار؟' }
		];
		expect(completeLanguages(title, labels)).toEqual(['fr', 'en', 'tr']);
		expect(completeLanguages(everywhere('t'), [everywhere('a'), everywhere('b')])).toEqual(ALL);
	});

	it('leave out a language one text lacks, or writes blank', () => {
		const title = everywhere('t');
		expect(completeLanguages(title, [everywhere('a'), { ...everywhere('b'), zh: '  ' }])).not.toContain('zh');
		expect(completeLanguages({ fr: 'Titre' }, [everywhere('a')])).toEqual(['fr']);
		expect(completeLanguages(title, [{ fr: 'Seule' }])).toEqual(['fr']);
	});

	it('always hold French, and nothing that is not a language', () => {
		expect(completeLanguages(null, [])).toEqual(['fr']);
		expect(completeLanguages({ fr: 'T', xx: 'Y', en: 7 }, [])).toEqual(['fr']);
		expect(completeLanguages({ ...everywhere('t') }, ['x', null, []])).toEqual(['fr']);
		expect(completeLanguages(Object.create({ en: 'inherited' }), [])).toEqual(['fr']);
	});

	it('of a questionnaire without questions are its title’s', () => {
		expect(completeLanguages({ fr: 'Titre', ar: 'العنوان' }, [])).toEqual(['fr', 'ar']);
	});
});

describe('a questionnaire record', () => {
	it('gets the languages of its title and its stored questions', () => {
		const stored = { languages: ['fr', 'en', 'ar'], title: JSON.stringify({ fr: 'T', en: 'T', ar: 'ع' }) };
		const record = {
			id: 'q1',
			getString: (field) => stored[field],
			set: (field, value) => (stored[field] = value)
		};
		const app = {
			findRecordsByFilter: (collection, _filter, _sort, _limit, _offset, params) => {
				expect([collection, params]).toEqual(['questions', { q: 'q1' }]);
				return [{ getString: () => JSON.stringify({ fr: 'Q', en: 'Q' }) }];
			}
		};
		refreshLanguages(app, record);
		expect(stored.languages).toEqual(['fr', 'en']);
	});
});
