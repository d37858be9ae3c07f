import { describe, expect, it } from 'vitest';
import { acceptedEncodings, IMMUTABLE, plan, relativePath, REVALIDATE, SPA_PAGE } from './static-files.js';

const JS = '_app/immutable/chunks/app.B1x.js';
const FONT = '_app/immutable/assets/marianne.woff2';
const STYLE = '_app/immutable/assets/plain.css';

/** What the public folder holds: `kindOf` as the hook gives it, from the file system. */
const files = new Set([
	'index.html',
	'index.html.br',
	'index.html.gz',
	'200.html',
	'200.html.br',
	'200.html.gz',
	'avis.html',
	'avis.html.br',
	'connexion.html',
	'connexion/proconnect.html',
	JS,
	`${JS}.br`,
	`${JS}.gz`,
	STYLE,
	FONT,
	`${FONT}.br`,
	'robots.txt',
	'icons/icon.png'
]);
const dirs = new Set([
	'',
	'_app',
	'_app/immutable',
	'_app/immutable/chunks',
	'_app/immutable/assets',
	'icons',
	'connexion'
]);
const kindOf = (rel) => (files.has(rel) ? 'file' : dirs.has(rel) ? 'dir' : null);

const JS_TYPE = 'text/javascript; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';

/** The answer for a page whose brotli copy is sent: revalidated, varying on the encoding. */
const brotliPage = (file) => ({
	file: `${file}.br`,
	encoding: 'br',
	headers: {
		'Cache-Control': REVALIDATE,
		'Content-Type': HTML_TYPE,
		'Content-Encoding': 'br',
		Vary: 'Accept-Encoding'
	}
});

describe('plan', () => {
	it('serves the brotli copy of a hashed file to a browser that accepts it, cached for a year', () => {
		expect(plan(`/${JS}`, 'gzip, deflate, br, zstd', kindOf)).toEqual({
			file: `${JS}.br`,
			encoding: 'br',
			headers: {
				'Cache-Control': IMMUTABLE,
				'Content-Type': JS_TYPE,
				'Content-Encoding': 'br',
				Vary: 'Accept-Encoding'
			}
		});
		expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
	});

	it('serves the gzip copy to a browser that accepts only gzip', () => {
		const answer = plan(`/${JS}`, 'gzip', kindOf);
		expect(answer).toMatchObject({ file: `${JS}.gz`, encoding: 'gzip' });
		expect(answer?.headers).toMatchObject({ 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
	});

	it('serves the file itself, still varying, to a browser that accepts no copy', () => {
		for (const header of ['', null, undefined, 'identity', 'br;q=0, gzip;q=0', 'deflate']) {
			const answer = plan(`/${JS}`, header, kindOf);
			expect(answer, String(header)).toEqual({
				file: JS,
				encoding: '',
				headers: { 'Cache-Control': IMMUTABLE, 'Content-Type': JS_TYPE, Vary: 'Accept-Encoding' }
			});
		}
	});

	it('honours q=0 refusals and the `*` wildcard', () => {
		expect(plan(`/${JS}`, 'br;q=0, gzip', kindOf)?.encoding).toBe('gzip');
		expect(plan(`/${JS}`, '*', kindOf)?.encoding).toBe('br');
		expect(plan(`/${JS}`, '*, br;q=0', kindOf)?.encoding).toBe('gzip');
		expect(plan(`/${JS}`, '*;q=0', kindOf)?.encoding).toBe('');
	});

	it('sends neither Vary nor Content-Encoding for a file without compressed copies', () => {
		expect(plan(`/${STYLE}`, 'br, gzip', kindOf)).toEqual({
			file: STYLE,
			encoding: '',
			headers: { 'Cache-Control': IMMUTABLE, 'Content-Type': 'text/css; charset=utf-8' }
		});
		expect(plan('/robots.txt', 'br', kindOf)).toEqual({
			file: 'robots.txt',
			encoding: '',
			headers: { 'Cache-Control': REVALIDATE, 'Content-Type': 'text/plain; charset=utf-8' }
		});
	});

	it('leaves the content type of an unknown extension to PocketBase, and never encodes it', () => {
		expect(plan(`/${FONT}`, 'br', kindOf)).toEqual({
			file: FONT,
			encoding: '',
			headers: { 'Cache-Control': IMMUTABLE }
		});
		expect(plan('/icons/icon.png', 'br', kindOf)?.headers).toEqual({ 'Cache-Control': REVALIDATE });
	});

	it('answers the app’s routes with its shell, revalidated, compressed when accepted', () => {
		expect(SPA_PAGE).toBe('200.html');
		for (const path of [
			'/borne',
			'/reclamation/abc',
			'/resultats/x/y',
			'/apiary',
			'/_apps',
			'/__',
			'/avis/x'
		]) {
			expect(plan(path, 'br', kindOf), path).toEqual(brotliPage('200.html'));
		}
		expect(REVALIDATE).toBe('no-cache');
	});

	it('answers the root folder with the home page, and another folder with the shell', () => {
		expect(plan('/', '', kindOf)).toEqual({
			file: 'index.html',
			encoding: '',
			headers: { 'Cache-Control': REVALIDATE, 'Content-Type': HTML_TYPE, Vary: 'Accept-Encoding' }
		});
		expect(plan('/icons/', 'gzip', kindOf)?.file).toBe('200.html.gz');
	});

	it('answers a route with the page the build made for it, with or without its slash', () => {
		for (const path of ['/avis', '/avis/', '//avis']) {
			expect(plan(path, 'br, gzip', kindOf), path).toEqual(brotliPage('avis.html'));
		}
		expect(plan('/avis', 'gzip', kindOf)).toMatchObject({ file: 'avis.html', encoding: '' });
		expect(plan('/avis.html', '', kindOf)?.file).toBe('avis.html');
		// A folder of the same name holds the sub-pages' files; it is no reason to redirect.
		expect(plan('/connexion', '', kindOf)?.file).toBe('connexion.html');
		expect(plan('/connexion/', '', kindOf)?.file).toBe('connexion.html');
		expect(plan('/connexion/proconnect', '', kindOf)?.file).toBe('connexion/proconnect.html');
		expect(plan('/connexion/autre', '', kindOf)?.file).toBe('200.html');
	});

	it('leaves PocketBase its redirects: a folder without its slash, a file with one, the page by name', () => {
		expect(plan('/icons', 'br', kindOf)).toBeNull();
		expect(plan('/_app/immutable', 'br', kindOf)).toBeNull();
		expect(plan('/robots.txt/', 'br', kindOf)).toBeNull();
		expect(plan('/index.html', 'br', kindOf)).toBeNull();
	});

	it('answers 404 for a hashed file that does not exist, never the page', () => {
		expect(plan('/_app/immutable/chunks/gone.js', 'br', kindOf)).toEqual({ status: 404 });
		expect(plan('//_app/./immutable/assets/old.css', 'br', kindOf)).toEqual({ status: 404 });
	});

	it('leaves the API and the dashboard to PocketBase', () => {
		for (const path of [
			'/api',
			'/api/',
			'/api/health',
			'/api/collections/x/records',
			'/_',
			'/_/',
			'/_/#/logs'
		]) {
			expect(plan(path, 'br', kindOf), path).toBeNull();
		}
	});

	it('refuses paths that climb out of the public folder', () => {
		const everything = () => 'file';
		for (const path of ['/../etc/passwd', '/_app/../../secret.js', '/a\\..\\b.js', '/x.js\0']) {
			expect(plan(path, 'br', everything), path).toBeNull();
		}
	});
});

describe('relativePath', () => {
	it('drops empty and `.` segments', () => {
		expect(relativePath('/')).toBe('');
		expect(relativePath('')).toBe('');
		expect(relativePath('//a/./b//c.js')).toBe('a/b/c.js');
		expect(relativePath('/a/b/')).toBe('a/b');
	});

	it('is null for `..`, backslashes and NUL, even where they would stay inside', () => {
		expect(relativePath('/a/../b')).toBeNull();
		expect(relativePath('/..')).toBeNull();
		expect(relativePath('/a\\b')).toBeNull();
		expect(relativePath('/a\0b')).toBeNull();
		expect(relativePath('/a/..b/c')).toBe('a/..b/c');
	});
});

describe('acceptedEncodings', () => {
	const sorted = (header) => [...acceptedEncodings(header)].sort();

	it('lists the codings a browser accepts, in any case, with or without weights', () => {
		expect(sorted('gzip, deflate, br, zstd')).toEqual(['br', 'deflate', 'gzip', 'zstd']);
		expect(sorted('GZIP;q=0.5, Br;Q=1')).toEqual(['br', 'gzip']);
		expect(sorted(' gzip ,, br ')).toEqual(['br', 'gzip']);
		// Spaces around the weight's semicolon are allowed.
		expect(sorted('gzip ; q=0.5, br ;q=0')).toEqual(['gzip']);
	});

	it('is empty for a missing header', () => {
		expect(sorted('')).toEqual([]);
		expect(sorted(null)).toEqual([]);
		expect(sorted(undefined)).toEqual([]);
	});

	it('leaves out what q=0 refuses', () => {
		expect(sorted('br;q=0, gzip;q=0.001')).toEqual(['gzip']);
		expect(sorted('br;q=0.0, gzip')).toEqual(['gzip']);
	});

	it('reads `*` as the codings not named otherwise', () => {
		expect(sorted('*')).toEqual(['*', 'br', 'gzip']);
		expect(sorted('*, gzip;q=0')).toEqual(['*', 'br']);
		expect(sorted('*;q=0')).toEqual([]);
	});
});
