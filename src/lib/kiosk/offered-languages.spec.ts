import { describe, expect, test } from 'vitest';
import type { Language } from '$lib/domain/fields';
import { offeredLanguages } from './offered-languages';

/** A kiosk set to `kiosk` languages, its questionnaire complete in `complete` ones. */
const config = (kiosk: Language[], complete: Language[]) => ({
	kiosk: { id: 'kiosk0000000001', name: 'Borne', languages: kiosk },
	questionnaire: {
		id: 'questionnaire01',
		code: 'accueil',
		version: 1,
		title: { fr: 'Avis' },
		languages: complete
	}
});

describe('offeredLanguages', () => {
	test('offers each language set on the kiosk in which the questionnaire is complete, French first, in the app’s order', () => {
		expect(offeredLanguages(config(['zh', 'ar', 'fr', 'en'], ['fr', 'en', 'ar', 'zh', 'tr']))).toEqual([
			'fr',
			'en',
			'ar',
			'zh'
		]);
	});

	test('leaves out a language the questionnaire lacks, and one the kiosk is not set to offer', () => {
		expect(offeredLanguages(config(['fr', 'en', 'ar'], ['fr', 'en', 'tr']))).toEqual(['fr', 'en']);
	});

	test('always offers French, even on a kiosk set to no language', () => {
		expect(offeredLanguages(config([], ['fr', 'en']))).toEqual(['fr']);
		expect(offeredLanguages(config(['en'], []))).toEqual(['fr']);
	});
});
