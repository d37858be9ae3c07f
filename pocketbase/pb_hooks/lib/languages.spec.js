import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, textIn } from './languages.js';

describe('the languages, for the hooks', () => {
	it('lists the ten codes, French first', () => {
		expect(LANGUAGE_CODES).toEqual(['fr', 'en', 'ar', 'es', 'pt', 'tr', 'ru', 'uk', 'zh', 'ro']);
	});

	it('gives the tag and direction of a text in a language', () => {
		expect(textIn('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
		expect(textIn('zh')).toEqual({ lang: 'zh-Hans', dir: 'ltr' });
		expect(textIn('de')).toEqual({ lang: 'de', dir: 'auto' });
	});
});
