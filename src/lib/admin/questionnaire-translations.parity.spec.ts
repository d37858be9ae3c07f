import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/generated/locales';
import { completeLanguages, type Texts } from './questionnaire-translations';

// The languages the server stores (pocketbase/pb_hooks/lib/questionnaire-languages.js), loaded at run
// time: the hooks' CommonJS is not part of the typed program. What the editor says is complete must be
// what a kiosk will offer.
const require = createRequire(import.meta.url);
const server = require('../../../pocketbase/pb_hooks/lib/questionnaire-languages.js') as {
	completeLanguages: (title: unknown, labels: unknown[]) => string[];
};

const text = fc.constantFrom('', ' ', '\t', 'x', ' Accueil ? ', 'الاستقبال؟');
const texts: fc.Arbitrary<Texts> = fc.dictionary(fc.constantFrom(...LOCALES, 'xx'), text);

describe('the editor and the server agree on the complete languages', () => {
	it('for any title and labels', () => {
		fc.assert(
			fc.property(texts, fc.array(texts, { maxLength: 6 }), (title, labels) => {
				expect(completeLanguages(title, labels)).toEqual(server.completeLanguages(title, labels));
			}),
			{ numRuns: 500 }
		);
	});
});
