// Where the catalogue lives: the languages (pocketbase/pb_hooks/lib/languages.json, which the hooks read too)
// and each language's message files, `messages/<locale>.json` then `messages/<area>/<locale>.json` by area.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const LANGUAGES_FILE = 'pocketbase/pb_hooks/lib/languages.json';

/**
 * @typedef {{ code: string, name: string, tag: string, dir: 'ltr' | 'rtl' }} Language
 * @typedef {{ base: string, languages: Language[] }} Languages
 */

/**
 * The languages, checked: codes unique, the base one among them, each with its name, tag and direction.
 * @param {string} root
 * @returns {Languages}
 */
export function readLanguages(root) {
	/** @type {Languages} */
	const { base, languages } = JSON.parse(readFileSync(path.join(root, LANGUAGES_FILE), 'utf8'));
	const codes = languages.map((language) => language.code);
	for (const language of languages) {
		if (!/^[a-z]{2,3}$/.test(language.code))
			throw new Error(`${LANGUAGES_FILE}: bad code "${language.code}"`);
		if (typeof language.name !== 'string' || !language.name)
			throw new Error(`${LANGUAGES_FILE}: "${language.code}" has no name`);
		if (typeof language.tag !== 'string' || !language.tag.startsWith(language.code))
			throw new Error(`${LANGUAGES_FILE}: "${language.code}" has a tag of another language`);
		if (language.dir !== 'ltr' && language.dir !== 'rtl')
			throw new Error(`${LANGUAGES_FILE}: "${language.code}" has no direction`);
	}
	if (new Set(codes).size !== codes.length) throw new Error(`${LANGUAGES_FILE}: a language is listed twice`);
	if (!codes.includes(base)) throw new Error(`${LANGUAGES_FILE}: the base language "${base}" is not listed`);
	return { base, languages };
}

/**
 * One language's message files that exist, relative to `root`: the root file first, then the areas by name.
 * @param {string} root
 * @param {string} locale
 * @returns {string[]}
 */
export function catalogueFiles(root, locale) {
	const areas = readdirSync(path.join(root, 'messages'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
	return [`messages/${locale}.json`, ...areas.map((area) => `messages/${area}/${locale}.json`)].filter(
		(file) => existsSync(path.join(root, file))
	);
}
