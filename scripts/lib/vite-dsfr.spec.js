import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	purge,
	readVariables,
	vocabulary,
	withImageFiles,
	withoutLegacy,
	withoutUnreadVariables
} from './vite-dsfr.js';

const DIST = '/app/node_modules/@gouvfr/dsfr/dist';

/** A fake file system: `read` and `exists` over the given files. */
function disk(files) {
	return {
		read: (file) => {
			if (!(file in files)) throw new Error(`read of a missing file: ${file}`);
			return files[file];
		},
		exists: (file) => file in files
	};
}

describe('withoutLegacy', () => {
	const files = {
		[`${DIST}/core/core.min.css`]: 'ALL',
		[`${DIST}/core/core.main.min.css`]: '.fr-main{}',
		[`${DIST}/core/core.print.min.css`]: '@media print{.fr-print{}}',
		[`${DIST}/core/core.legacy.min.css`]: '.fr-legacy{}',
		[`${DIST}/component/button/button.min.css`]: 'ALL',
		[`${DIST}/component/button/button.main.min.css`]: '.fr-btn{}',
		[`${DIST}/dsfr.min.css`]: 'ALL',
		[`${DIST}/dsfr.main.min.css`]: '.fr-all{}',
		[`${DIST}/utility/icons/icons.min.css`]: 'ALL'
	};
	const { read, exists } = disk(files);

	it('joins the main and print parts, leaving the legacy one out', () => {
		expect(withoutLegacy(`${DIST}/core/core.min.css`, read, exists)).toBe(
			'.fr-main{}\n@media print{.fr-print{}}'
		);
	});

	it('takes the main part alone when the sheet has no print part, at any depth of dist/', () => {
		expect(withoutLegacy(`${DIST}/component/button/button.min.css`, read, exists)).toBe('.fr-btn{}');
		expect(withoutLegacy(`${DIST}/dsfr.min.css`, read, exists)).toBe('.fr-all{}');
	});

	it('is null for other files, for the parts themselves, and for a sheet without a main part', () => {
		for (const file of [
			'/app/src/app.css',
			'/app/node_modules/other/dist/core/core.min.css',
			`${DIST}/core/core.css`,
			`${DIST}/core/core.main.min.css`,
			`${DIST}/core/core.print.min.css`,
			`${DIST}/core/core.legacy.min.css`,
			`${DIST}/utility/icons/icons.min.css`
		]) {
			expect(withoutLegacy(file, read, exists), file).toBeNull();
		}
	});

	it('never treats a part as a sheet of its own', () => {
		const anything = () => true;
		for (const part of ['main', 'print', 'legacy']) {
			expect(
				withoutLegacy(`${DIST}/core/core.${part}.min.css`, () => 'x', anything),
				part
			).toBeNull();
		}
	});

	it('recognises Windows paths', () => {
		const win = {
			'C:\\app\\node_modules\\@gouvfr\\dsfr\\dist\\core\\core.main.min.css': '.fr-main{}'
		};
		const fake = disk(win);
		expect(
			withoutLegacy('C:\\app\\node_modules\\@gouvfr\\dsfr\\dist\\core\\core.min.css', fake.read, fake.exists)
		).toBe('.fr-main{}');
	});
});

describe('vocabulary', () => {
	it('collects the classes the code names, and the prefixes it builds classes from', () => {
		const words = vocabulary([
			'<div class="fr-container fr-btn--secondary">',
			'const tone = `fr-badge--${kind}`;',
			'<div class="fr-alert fr-alert--{kind}">'
		]);
		expect([...words.classes].sort()).toEqual(['fr-alert', 'fr-badge', 'fr-btn--secondary', 'fr-container']);
		expect([...words.prefixes].sort()).toEqual(['fr-alert--', 'fr-badge--']);
	});

	it('finds nothing in code without DSFR classes', () => {
		const words = vocabulary(['<p class="note">', 'let x = `${a}-${b}`;']);
		expect(words.classes.size).toBe(0);
		expect(words.prefixes.size).toBe(0);
	});
});

describe('purge', () => {
	const words = vocabulary(['class="fr-btn fr-container"', '`fr-badge--${x}`']);

	it('removes a rule that names an unknown class, keeps one whose classes are all known', () => {
		expect(purge('.fr-btn{a:b}.fr-grid-row{c:d}.fr-btn.fr-unused{e:f}', words)).toBe('.fr-btn{a:b}');
	});

	it('keeps only the used selectors of a rule listing several', () => {
		expect(purge('.fr-unused,.fr-btn,.fr-other .fr-container,.fr-container>p{a:b}', words)).toBe(
			'.fr-btn,.fr-container>p{a:b}'
		);
	});

	it('keeps the rules without DSFR classes', () => {
		const css = ':root{--x:1}a,p{color:red}[class*=" fr-icon-"]::before{d:e}.note{f:g}';
		expect(purge(css, words)).toBe(css);
	});

	it('keeps the classes a prefix the code builds from covers', () => {
		expect(purge('.fr-badge--info{a:b}.fr-badge--new .fr-btn{c:d}.fr-badges{e:f}', words)).toBe(
			'.fr-badge--info{a:b}.fr-badge--new .fr-btn{c:d}'
		);
	});

	it('leaves keyframes alone', () => {
		const css = '@keyframes fr-spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}';
		expect(purge(css, words)).toBe(css);
	});

	it('removes an at-rule its purged rules leave empty, not one that keeps a rule', () => {
		const css = '@media (min-width:48em){.fr-unused{a:b}}@media print{.fr-btn{c:d}.fr-unused{e:f}}';
		expect(purge(css, words)).toBe('@media print{.fr-btn{c:d}}');
		// Nested: the outer at-rule goes too once its inner one is empty.
		expect(purge('@supports (x){@media (y){.fr-unused{a:b}}}.fr-btn{c:d}', words)).toBe('.fr-btn{c:d}');
	});

	it('keeps a rule that only excludes a class the code does not name', () => {
		expect(
			purge('.fr-btn:not(.fr-unused) .fr-container{a:b}.fr-btn:not(.fr-btn) .fr-unused{c:d}', words)
		).toBe('.fr-btn:not(.fr-unused) .fr-container{a:b}');
	});

	it('shrinks the real DSFR core sheet, keeping what the code names', () => {
		const core = fileURLToPath(
			new URL('../../node_modules/@gouvfr/dsfr/dist/core/core.min.css', import.meta.url)
		);
		const css = withoutLegacy(core);
		expect(css).not.toBeNull();
		expect(css).not.toContain('-ms-high-contrast');
		const purged = purge(/** @type {string} */ (css), vocabulary(['<div class="fr-container">']));
		expect(purged.length).toBeLessThan(readFileSync(core, 'utf8').length / 2);
		expect(purged).toMatch(/\.fr-container\{/);
		expect(purged).not.toContain('.fr-grid-row');
		expect(purged).toContain(':root{');
	});
});

describe('readVariables and withoutUnreadVariables', () => {
	const light = ':root{--blue:#000091;--grey:#666;--unused:red;--text:var(--blue)}';
	const dark = '[data-fr-theme=dark]{--blue:#8585f6;--unused:pink}';
	const rules = '.fr-link{color:var(--text)}@media (min-width:48em){:root{--gap:2rem}}';

	it('reads what a rule reads, what the code reads, and what those read in turn', () => {
		const read = readVariables(
			[light, dark, rules, '.fr-btn{background:var( --grey)}'],
			['style="margin: var(--gap)"']
		);
		expect([...read].sort()).toEqual(['--blue', '--gap', '--grey', '--text']);
	});

	it('keeps the properties read, in every theme, and drops the others with the rules left empty', () => {
		const read = readVariables([light, dark, rules], []);
		const sheet = withoutUnreadVariables(`${light}${dark}${rules}`, read);
		expect(sheet).toBe(
			':root{--blue:#000091;--text:var(--blue)}[data-fr-theme=dark]{--blue:#8585f6}.fr-link{color:var(--text)}'
		);
	});

	it('drops a property read only by a property nothing reads', () => {
		const read = readVariables([light, '.fr-x{color:red}'], []);
		expect(read.size).toBe(0);
		expect(withoutUnreadVariables(light, read)).toBe('');
	});
});

describe('withImageFiles', () => {
	const LOGO = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><path d='M0 0h10v10z'/></svg>`;
	/** Runs withImageFiles, and returns its CSS with what it wrote. */
	function extract(css) {
		const written = [];
		const out = withImageFiles(css, (name, svg) => {
			written.push({ name, svg });
			return `../img/${name}`;
		});
		return { out, written };
	}

	it('writes each inlined SVG image as a file, and names the file instead, whatever the quotes', () => {
		// As the DSFR writes them: double quotes around the URL, single quotes left as they are inside.
		const encoded = encodeURIComponent(LOGO);
		const base64 = Buffer.from(LOGO).toString('base64');
		for (const url of [
			`"data:image/svg+xml;charset=utf8,${encoded}"`,
			`'data:image/svg+xml,${encodeURIComponent(LOGO).replaceAll("'", '%27')}'`,
			`data:image/svg+xml;base64,${base64}`
		]) {
			const { out, written } = extract(`.fr-logo:before{content:"";background-image:url(${url})}`);
			expect(written, url).toHaveLength(1);
			expect(written[0]?.svg, url).toBe(LOGO);
			expect(written[0]?.name, url).toMatch(/^dsfr-[0-9a-f]{12}\.svg$/);
			expect(out, url).toBe(`.fr-logo:before{content:"";background-image:url("../img/${written[0]?.name}")}`);
		}
	});

	it('names an image after its markup: the same picture is one file, another picture another', () => {
		const icon = (svg) => `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
		const other = LOGO.replace('10v10', '5v5');
		const { written } = extract(
			`a{-webkit-mask-image:${icon(LOGO)};mask-image:${icon(LOGO)}}b{mask-image:${icon(other)}}`
		);
		expect(written.map((image) => image.svg)).toEqual([LOGO, LOGO, other]);
		expect(written[0]?.name).toBe(written[1]?.name);
		expect(written[2]?.name).not.toBe(written[0]?.name);
	});

	it('leaves other URLs alone: files, other kinds of inlined data', () => {
		const css =
			'a{background:url(../icons/x.svg)}b{background:url("data:image/png;base64,iVBORw0KGgo=")}' +
			"@font-face{src:url('../fonts/Marianne-Regular.woff2') format('woff2')}";
		expect(extract(css)).toEqual({ out: css, written: [] });
	});
});
