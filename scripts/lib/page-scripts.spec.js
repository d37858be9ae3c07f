import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pagesWithOtherScripts } from './page-scripts.js';

const START = '<script>\n\t__sveltekit_x = { base: "" };\n</script>';
const shell = (head = '', body = START) =>
	`<!doctype html><html><head><script>theme()</script>${head}</head><body>${body}</body></html>`;

let dir;
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'qep-pages-'));
	await writeFile(path.join(dir, '200.html'), shell());
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('pagesWithOtherScripts', () => {
	it('accepts pages whose head differs but whose inline scripts are the shell’s', async () => {
		await writeFile(path.join(dir, 'index.html'), shell('<link rel="modulepreload" href="/a.js">'));
		await writeFile(path.join(dir, 'avis.html'), shell('<script src="/_app/b.js"></script>'));
		expect(await pagesWithOtherScripts(dir)).toEqual([]);
	});

	it('names each page with another inline script, in folders too', async () => {
		await mkdir(path.join(dir, 'resultats'));
		await writeFile(path.join(dir, 'avis.html'), shell('', START.replace('""', '"/x"')));
		await writeFile(path.join(dir, 'resultats/2026.html'), shell('', `${START}<script>data = 1</script>`));
		await writeFile(path.join(dir, 'suivi.html'), shell('', ''));
		await writeFile(path.join(dir, 'notes.txt'), '<script>not a page</script>');
		expect(await pagesWithOtherScripts(dir)).toEqual(['avis.html', 'resultats/2026.html', 'suivi.html']);
	});

	it('fails when the build has no shell', async () => {
		await rm(path.join(dir, '200.html'));
		await expect(pagesWithOtherScripts(dir)).rejects.toThrow(/200\.html/);
	});
});
