import { describe, expect, it } from 'vitest';
import { legalHref, legalOptions, readsFrench } from './legal-reading';

const at = (path: string) => new URL(path, 'https://qualite.prefecture.test');

describe('reading a legal page in French', () => {
	it('reads French when asked by a visitor who reads another language', () => {
		expect(readsFrench(at('/donnees-personnelles?langue=fr'), 'ar')).toBe(true);
		expect(readsFrench(at('/donnees-personnelles'), 'ar')).toBe(false);
		expect(readsFrench(at('/donnees-personnelles?langue=tr'), 'ar')).toBe(false);
	});

	it('has nothing to switch for a French reader', () => {
		expect(readsFrench(at('/donnees-personnelles?langue=fr'), 'fr')).toBe(false);
	});

	it('renders the French messages only when reading French', () => {
		expect(legalOptions(true)).toEqual({ locale: 'fr' });
		expect(legalOptions(false)).toEqual({});
	});

	it('links to the French text and back, keeping the page and its other parameters', () => {
		expect(legalHref(at('/mentions-legales'), true)).toBe('/mentions-legales?langue=fr');
		expect(legalHref(at('/mentions-legales?langue=fr&x=1'), false)).toBe('/mentions-legales?x=1');
	});
});
