// `npm run i18n`: compiles messages/** in the languages of pocketbase/pb_hooks/lib/languages.json into
// src/lib/i18n/generated/: messages/<key>.ts (the base language, one function per key, re-exported by
// messages.ts), locales.ts (the languages),
// and dictionaries/<locale>.json for each other language (scripts/lib/i18n-compile.js).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionaryOf, localesModule, mergeFiles, messageModules } from './lib/i18n-compile.js';
import { catalogueFiles, readLanguages } from './lib/i18n-sources.js';

/**
 * Compiles the catalogue of the project at `root` into src/lib/i18n/generated/; throws on a problem of the
 * catalogue (named with its file and key). Returns how many messages and which languages.
 * @param {string} root
 */
export function compileMessages(root) {
	const out = path.join(root, 'src/lib/i18n/generated');
	const languages = readLanguages(root);
	const baseLocale = languages.base;
	const locales = languages.languages.map(({ code }) => code);
	const filesOf = (/** @type {string} */ locale) =>
		catalogueFiles(root, locale).map((file) => ({
			file,
			messages: JSON.parse(readFileSync(path.join(root, file), 'utf8'))
		}));
	const base = mergeFiles(baseLocale, filesOf(baseLocale));
	const others = locales
		.filter((locale) => locale !== baseLocale)
		.map((locale) => ({
			locale,
			dictionary: dictionaryOf(locale, mergeFiles(locale, filesOf(locale)), base)
		}));
	/** @type {Map<string, string>} path under `out` → content */
	const files = new Map(
		/** @type {[string, string][]} */ ([
			...messageModules(base),
			['locales.ts', localesModule(languages)],
			...others.map(({ locale, dictionary }) => [
				`dictionaries/${locale}.json`,
				`${JSON.stringify(dictionary)}\n`
			])
		])
	);
	writeChanged(out, files);
	return { messages: base.size, locales };
}

/**
 * Writes only the files whose content changed and removes the ones no longer made (a language taken out),
 * so that compiling twice (Vite's two builds, a message saved again in dev) touches nothing.
 * @param {string} out
 * @param {Map<string, string>} files
 */
function writeChanged(out, files) {
	for (const folder of ['dictionaries', 'messages']) mkdirSync(path.join(out, folder), { recursive: true });
	for (const [name, content] of files) {
		const file = path.join(out, name);
		if (!existsSync(file) || readFileSync(file, 'utf8') !== content) writeFileSync(file, content);
	}
	const made = readdirSync(out, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
	for (const name of made) if (!files.has(name)) rmSync(path.join(out, name));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	try {
		const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
		const { messages, locales } = compileMessages(root);
		console.log(`i18n: ${messages} messages in ${locales.join(', ')} → src/lib/i18n/generated/`);
	} catch (error) {
		console.error(`i18n: ${error instanceof Error ? error.message : error}`);
		process.exit(1);
	}
}
