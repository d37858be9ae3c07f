import { describe, expect, it } from 'vitest';
import { dictionaryOf, localesModule, mergeFiles, messagesModule, placeholdersOf } from './i18n-compile.js';

const base = mergeFiles('fr', [
	{ file: 'messages/fr.json', messages: { $schema: 'x', hello: 'Bonjour {name}', plain: 'Texte' } },
	{ file: 'messages/kiosk/fr.json', messages: { kiosk_start: 'Commencer' } }
]);

describe('the catalogue compiler', () => {
	it('merges a language’s files in order, leaving out $schema', () => {
		expect([...base.keys()]).toEqual(['hello', 'plain', 'kiosk_start']);
		expect(base.get('kiosk_start')).toEqual({ file: 'messages/kiosk/fr.json', text: 'Commencer' });
	});

	it('refuses a key in two files, a key that is not a name, and a message that is not a text', () => {
		const twice = [
			{ file: 'a.json', messages: { same: 'A' } },
			{ file: 'b.json', messages: { same: 'B' } }
		];
		expect(() => mergeFiles('fr', twice)).toThrow('b.json: "same" is also in a.json (fr)');
		expect(() => mergeFiles('fr', [{ file: 'a.json', messages: { 'Bad-Key': 'A' } }])).toThrow(
			/not a message key/
		);
		expect(() => mergeFiles('fr', [{ file: 'a.json', messages: { plural: [{ match: {} }] } }])).toThrow(
			/variants are not supported/
		);
	});

	it('finds placeholders, once each, sorted, and refuses one that is not a name', () => {
		expect(placeholdersOf('{b} et {a} puis {b}', 'k')).toEqual(['a', 'b']);
		expect(() => placeholdersOf('{a b}', 'messages/fr.json: k')).toThrow('messages/fr.json: k: "{a b}"');
	});

	it('writes one typed function per key with the base text inline', () => {
		const module = messagesModule(base);
		expect(module).toContain(
			'export const hello = (inputs: { name: string | number }, options: MessageOptions = {}): string =>\n\trender("hello", "Bonjour {name}", inputs, options);'
		);
		expect(module).toContain('export const plain = (inputs: Record<string, never> = {}, options');
		expect(module).toContain("import { render, type MessageOptions } from '../runtime';");
	});

	it('keeps another language’s texts with the base text’s placeholders only', () => {
		const english = mergeFiles('en', [{ file: 'messages/en.json', messages: { hello: 'Hello {name}' } }]);
		expect(dictionaryOf('en', english, base)).toEqual({ hello: 'Hello {name}' });
		const renamed = mergeFiles('en', [{ file: 'messages/en.json', messages: { hello: 'Hello {who}' } }]);
		expect(() => dictionaryOf('en', renamed, base)).toThrow(
			'"hello" has placeholders {who} where the base text has {name}'
		);
		const unknown = mergeFiles('en', [{ file: 'messages/en.json', messages: { gone: 'Gone' } }]);
		expect(() => dictionaryOf('en', unknown, base)).toThrow('"gone" is not in the base language (en)');
	});

	it('names the languages in their order, with their own names, tags and directions', () => {
		const module = localesModule({
			base: 'fr',
			languages: [
				{ code: 'fr', name: 'Français', tag: 'fr', dir: 'ltr' },
				{ code: 'ar', name: 'العربية', tag: 'ar', dir: 'rtl' }
			]
		});
		expect(module).toContain('export const BASE_LOCALE = "fr";');
		expect(module).toContain('export const LOCALES = ["fr","ar"] as const;');
		expect(module).toContain('"ar":{"name":"العربية","tag":"ar","dir":"rtl"}');
	});
});
