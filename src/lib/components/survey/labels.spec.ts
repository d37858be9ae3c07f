import { expect, test } from 'vitest';
import { localized } from './labels';

test('the label in the chosen language', () => {
	expect(localized({ fr: 'Bonjour', en: 'Hello' }, 'en')).toEqual({ text: 'Hello', lang: 'en' });
	expect(localized({ fr: 'Bonjour', en: 'Hello' }, 'fr')).toEqual({ text: 'Bonjour', lang: 'fr' });
});

test('falls back to French, and says so, when the translation is missing or blank', () => {
	expect(localized({ fr: 'Bonjour' }, 'en')).toEqual({ text: 'Bonjour', lang: 'fr' });
	expect(localized({ fr: 'Bonjour', en: '  ' }, 'en')).toEqual({ text: 'Bonjour', lang: 'fr' });
});
