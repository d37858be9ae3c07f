import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGES_FILE, catalogueFiles, readLanguages } from './i18n-sources.js';

let root = '';

/** @param {string} file @param {unknown} content */
function write(file, content) {
	mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
	writeFileSync(path.join(root, file), JSON.stringify(content));
}

const french = { code: 'fr', name: 'Français', tag: 'fr', dir: 'ltr' };
const arabic = { code: 'ar', name: 'العربية', tag: 'ar', dir: 'rtl' };

beforeEach(() => {
	root = mkdtempSync(path.join(tmpdir(), 'qep-i18n-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readLanguages', () => {
	it('reads the base language and the list in its order', () => {
		write(LANGUAGES_FILE, { base: 'fr', languages: [french, arabic] });
		expect(readLanguages(root)).toEqual({ base: 'fr', languages: [french, arabic] });
	});

	it.each([
		['a language listed twice', { base: 'fr', languages: [french, french] }, 'listed twice'],
		['a base language not listed', { base: 'en', languages: [french] }, 'base language "en" is not listed'],
		['a bad code', { base: 'fr', languages: [french, { ...arabic, code: 'AR' }] }, 'bad code "AR"'],
		['no name', { base: 'fr', languages: [french, { ...arabic, name: '' }] }, '"ar" has no name'],
		['a tag of another language', { base: 'fr', languages: [{ ...french, tag: 'en' }] }, 'tag of another'],
		['no direction', { base: 'fr', languages: [{ ...french, dir: 'up' }] }, '"fr" has no direction']
	])('refuses %s', (_, content, message) => {
		write(LANGUAGES_FILE, content);
		expect(() => readLanguages(root)).toThrow(message);
	});
});

describe('catalogueFiles', () => {
	it("lists a language's files that exist: the root one, then each area's by name", () => {
		write('messages/fr.json', {});
		write('messages/kiosk/fr.json', {});
		write('messages/admin/fr.json', {});
		write('messages/kiosk/ar.json', {});
		expect(catalogueFiles(root, 'fr')).toEqual([
			'messages/fr.json',
			'messages/admin/fr.json',
			'messages/kiosk/fr.json'
		]);
		expect(catalogueFiles(root, 'ar')).toEqual(['messages/kiosk/ar.json']);
	});
});
