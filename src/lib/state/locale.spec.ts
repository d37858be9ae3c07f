import { describe, expect, it } from 'vitest';
import { isBareRoute, isStaffRoute, proposedLocale, startingLocale } from './locale.svelte';

describe('the language the app starts in', () => {
	it('is the one the visitor chose on this device', () => {
		expect(startingLocale('ar')).toBe('ar');
		expect(startingLocale('zh')).toBe('zh');
	});

	it('else French, whatever the browser prefers', () => {
		expect(startingLocale(null)).toBe('fr');
		expect(startingLocale('klingon')).toBe('fr');
	});
});

describe('the language proposed to a visitor', () => {
	it('is the first of the browser’s languages the app has, by its main part', () => {
		expect(proposedLocale(null, ['de-DE', 'tr-TR', 'en'])).toBe('tr');
		expect(proposedLocale(null, ['ZH-cn'])).toBe('zh');
		expect(proposedLocale(null, ['uk'])).toBe('uk');
	});

	it('is none when the browser prefers French first, or has none of the app’s languages', () => {
		expect(proposedLocale(null, ['fr-FR', 'en'])).toBeNull();
		expect(proposedLocale(null, ['de-DE', 'pl'])).toBeNull();
		expect(proposedLocale(null, [])).toBeNull();
	});

	it('is none once the visitor chose a language on this device, even French', () => {
		expect(proposedLocale('fr', ['ar'])).toBeNull();
		expect(proposedLocale('en', ['ar'])).toBeNull();
	});
});

describe('the back office’s pages', () => {
	it('are the staff routes and the sign-in page', () => {
		expect(isStaffRoute('/(staff)/gestion')).toBe(true);
		expect(isStaffRoute('/(staff)/gestion/reclamations/[id]')).toBe(true);
		expect(isStaffRoute('/(public)/connexion')).toBe(true);
		expect(isStaffRoute('/(public)/connexion/oidc')).toBe(true);
	});

	it('are not the visitors’ pages, the kiosk or an unknown route', () => {
		expect(isStaffRoute('/(public)/reclamation')).toBe(false);
		expect(isStaffRoute('/(public)/connexionx')).toBe(false);
		expect(isStaffRoute('/borne')).toBe(false);
		expect(isStaffRoute(null)).toBe(false);
	});
});

describe('the full-screen pages', () => {
	it('are the kiosk and the lobby screen, not the website', () => {
		expect(isBareRoute('/borne')).toBe(true);
		expect(isBareRoute('/borne/reclamation')).toBe(true);
		expect(isBareRoute('/affichage/[site]')).toBe(true);
		expect(isBareRoute('/(public)/avis')).toBe(false);
		expect(isBareRoute('/bornes')).toBe(false);
		expect(isBareRoute(null)).toBe(false);
	});
});
