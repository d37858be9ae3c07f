import { describe, expect, it } from 'vitest';
import { startingLocale } from './locale.svelte';

describe('the language the app starts in', () => {
	it('is the one the visitor chose on this device', () => {
		expect(startingLocale('en', ['fr-FR'])).toBe('en');
	});

	it('else the first of the browser’s languages the app has, by its main part', () => {
		expect(startingLocale(null, ['de-DE', 'en-GB', 'fr'])).toBe('en');
		expect(startingLocale('klingon', ['EN-us'])).toBe('en');
	});

	it('else French', () => {
		expect(startingLocale(null, ['de-DE', 'pl'])).toBe('fr');
		expect(startingLocale(null, [])).toBe('fr');
	});
});
