import { afterEach, describe, expect, it } from 'vitest';
import { m } from './messages';
import { getLocale, interpolate, isLoaded, loadLocale, render, setLocale, textIn } from './runtime';

afterEach(() => setLocale('fr'));

describe('the messages at run time', () => {
	it('reads French from the function itself, with its placeholders filled', () => {
		expect(m.common_new_window({ label: 'Aide' })).toBe('Aide - nouvelle fenêtre');
		expect(render('k', 'Bonjour {name}, {other}', { name: 'Ana' }, {})).toBe('Bonjour Ana, {other}');
	});

	it('reads another language once its words are loaded, French before', async () => {
		expect(m.common_new_window({ label: 'Help' }, { locale: 'en' })).toBe('Help - nouvelle fenêtre');
		await loadLocale('en');
		expect(isLoaded('en')).toBe(true);
		expect(m.common_new_window({ label: 'Help' }, { locale: 'en' })).toBe('Help - opens in a new window');
		setLocale('en');
		expect(getLocale()).toBe('en');
		expect(m.common_new_window({ label: 'Help' })).toBe('Help - opens in a new window');
	});

	it('refuses to switch to a language whose words are not here', () => {
		expect(() => setLocale('xx' as 'en')).toThrow('The language "xx" is not loaded');
		expect(getLocale()).toBe('fr');
	});

	it('fills only the names it was given, any number of times', () => {
		expect(interpolate('{a}+{a}={b}', { a: 1, b: 2 })).toBe('1+1=2');
		expect(interpolate('{constructor}', {})).toBe('{constructor}');
	});
});

describe('textIn', () => {
	it('gives a language’s BCP 47 tag and writing direction', () => {
		expect(textIn('fr')).toEqual({ lang: 'fr', dir: 'ltr' });
		expect(textIn('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
		expect(textIn('zh')).toEqual({ lang: 'zh-Hans', dir: 'ltr' });
	});

	it('leaves the direction to the browser for a language the app does not know', () => {
		expect(textIn('de')).toEqual({ lang: 'de', dir: 'auto' });
	});

	it('gives no attribute for a text in the page’s own language (no language given)', () => {
		expect(textIn(undefined)).toEqual({});
	});
});
