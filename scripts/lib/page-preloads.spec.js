import { describe, expect, it } from 'vitest';
import { completePreloads } from './page-preloads.js';

/** A bundle: the route's node imports a shared chunk, which imports Svelte; the storage is dynamic. */
const manifest = {
	'nodes/8.js': { file: '_app/immutable/nodes/8.js', imports: ['_shared.js', '_svelte.js'] },
	'_shared.js': {
		file: '_app/immutable/chunks/shared.js',
		imports: ['_svelte.js', '_words.js'],
		dynamicImports: ['src/lib/db/database.ts']
	},
	'_words.js': { file: '_app/immutable/chunks/words.js' },
	'_svelte.js': { file: '_app/immutable/chunks/svelte.js' },
	'_storage.js': { file: '_app/immutable/chunks/storage.js', imports: ['_words.js'] },
	'src/lib/db/database.ts': { file: '_app/immutable/chunks/dexie.js', imports: ['_storage.js'] }
};
const head = (...files) =>
	`<head>\n\t\t${files.map((f) => `<link href="/${f}" rel="modulepreload">`).join('\n\t\t')}\n\t\t<link href="/_app/immutable/assets/shell.css" rel="stylesheet">\n</head>`;

describe('completePreloads', () => {
	it('adds the modules statically reachable from those named, after the last, in the same indentation', () => {
		const html = head('_app/immutable/nodes/8.js', '_app/immutable/chunks/svelte.js');
		expect(completePreloads(html, manifest)).toBe(
			head(
				'_app/immutable/nodes/8.js',
				'_app/immutable/chunks/svelte.js',
				'_app/immutable/chunks/shared.js',
				'_app/immutable/chunks/words.js'
			)
		);
	});

	it('leaves a complete page, and a page without preloads, as they are', () => {
		const complete = head(
			'_app/immutable/nodes/8.js',
			'_app/immutable/chunks/shared.js',
			'_app/immutable/chunks/svelte.js',
			'_app/immutable/chunks/words.js'
		);
		expect(completePreloads(complete, manifest)).toBe(complete);
		expect(completePreloads('<head></head>', manifest)).toBe('<head></head>');
	});

	it('adds nothing behind a dynamic import, and ignores a file the manifest does not know', () => {
		const html = head('_app/immutable/chunks/words.js', '_app/immutable/chunks/gone.js');
		expect(completePreloads(html, manifest)).toBe(html);
	});
});
