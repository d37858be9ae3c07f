// The DSFR's style sheets as the app needs them. The app imports `x.min.css` as the DSFR documents, and
// this plugin serves in its place:
// - its `x.main.min.css` (the rules) and `x.print.min.css` (printing), without `x.legacy.min.css` (Internet
//   Explorer's -ms-high-contrast queries and fallbacks for browsers without custom properties);
// - in a build, only the rules whose DSFR classes the app's code names (the core alone holds some 2,000
//   utility classes, spacing and grid, that the app mostly does not use). A class the code builds from a
//   prefix (`fr-alert--{kind}`) keeps every class with that prefix;
// - in a build, once all the style sheets are made, only the custom properties something reads: the DSFR
//   declares about a thousand colour and size tokens (twice, for the light and dark themes), and half are
//   read by no rule left, nor by the app's code;
// - in a build, with its images as files, never inlined: Chromium builds a whole SVG document for each image
//   inlined in a style sheet while it computes the page's first styles (the header's and footer's logos and
//   icons cost some 100 ms at a phone's speed before anything is drawn), while an image file is parsed when
//   it arrives, after the first paint. A file is cached for a year, and the service worker keeps it offline.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';

const SHEET = /[\\/]@gouvfr[\\/]dsfr[\\/]dist[\\/](?:.+[\\/])?[a-z0-9-]+\.min\.css$/;
const CLASS_IN_CODE = /fr-[a-z0-9_-]*[a-z0-9_]/g;
const PREFIX_IN_CODE = /(fr-[a-z0-9_-]*)(?:\{|\$\{)/g;
const CLASS_IN_SELECTOR = /\.(fr-[a-zA-Z0-9_-]+)/g;
const SOURCES = /\.(?:svelte|ts|js|html|css)$/;
const VARIABLE_READ = /var\(\s*(--[\w-]+)/g;
const SHEET_IMPORT = /@gouvfr\/dsfr\/dist\/[\w/.-]+\.min\.css/g;
const INLINE_SVG =
	/url\(\s*(?:"data:image\/svg\+xml([^,"]*),([^"]*)"|'data:image\/svg\+xml([^,']*),([^']*)'|data:image\/svg\+xml([^,)]*),([^)]*))\s*\)/g;
/** Where the images taken out of the sheets are written, for the bundler to emit as hashed assets. */
const IMAGE_DIR = 'node_modules/.cache/qep-dsfr-images';

/**
 * The CSS that replaces a DSFR sheet at `file`, or null when `file` is not one (or has no main part).
 * @param {string} file
 * @param {(file: string) => string} [read]
 * @param {(file: string) => boolean} [exists]
 * @returns {string | null}
 */
export function withoutLegacy(file, read = (f) => readFileSync(f, 'utf8'), exists = existsSync) {
	// The name has no dot of its own: `x.main.min.css` and the other parts are not sheets to replace.
	if (!SHEET.test(file)) return null;
	const base = file.slice(0, -'.min.css'.length);
	if (!exists(`${base}.main.min.css`)) return null;
	const parts = [`${base}.main.min.css`, `${base}.print.min.css`].filter((part) => exists(part));
	return parts.map((part) => read(part)).join('\n');
}

/**
 * @typedef {{ classes: Set<string>, prefixes: Set<string> }} Vocabulary
 */

/**
 * The DSFR classes `texts` name, and the prefixes they build classes from.
 * @param {string[]} texts
 * @returns {Vocabulary}
 */
export function vocabulary(texts) {
	const classes = new Set();
	const prefixes = new Set();
	for (const text of texts) {
		for (const [name] of text.matchAll(CLASS_IN_CODE)) classes.add(name);
		for (const [, prefix = ''] of text.matchAll(PREFIX_IN_CODE)) prefixes.add(prefix);
	}
	return { classes, prefixes };
}

/** @param {string} name @param {Set<string>} prefixes */
function startsWithAny(name, prefixes) {
	for (const prefix of prefixes) if (name.startsWith(prefix)) return true;
	return false;
}

/**
 * Whether a selector's DSFR classes are all known to the code.
 * @param {string} selector
 * @param {Vocabulary} words
 */
function selectorUsed(selector, { classes, prefixes }) {
	// A class the selector excludes (`:not(.fr-btns-group--sm)`) need not be used for the rule to apply.
	const required = selector.replace(/:not\([^()]*\)/g, '');
	for (const [, name = ''] of required.matchAll(CLASS_IN_SELECTOR)) {
		if (!classes.has(name) && !startsWithAny(name, prefixes)) return false;
	}
	return true;
}

/**
 * `css` without the selectors that name a DSFR class the code does not use, nor the rules left empty.
 * @param {string} css
 * @param {Vocabulary} words
 */
export function purge(css, words) {
	const root = postcss.parse(css);
	root.walkRules((rule) => {
		const kept = rule.selectors.filter((selector) => selectorUsed(selector, words));
		if (kept.length === 0) rule.remove();
		else if (kept.length < rule.selectors.length) rule.selectors = kept;
	});
	removeEmpty(root);
	return root.toString();
}

/**
 * The custom properties something reads: a `var()` in an ordinary declaration of `sheets`, or in `texts`
 * (the app's code and styles), and, transitively, what those properties' own declarations read.
 * @param {string[]} sheets
 * @param {string[]} texts
 * @returns {Set<string>}
 */
export function readVariables(sheets, texts) {
	/** @type {Map<string, Set<string>>} */
	const readsOf = new Map();
	const read = new Set(texts.flatMap((text) => [...text.matchAll(VARIABLE_READ)].map((m) => m[1] ?? '')));
	for (const css of sheets) {
		postcss.parse(css).walkDecls((decl) => {
			const reads = [...decl.value.matchAll(VARIABLE_READ)].map((m) => m[1] ?? '');
			if (!decl.prop.startsWith('--')) for (const name of reads) read.add(name);
			else readsOf.set(decl.prop, new Set([...(readsOf.get(decl.prop) ?? []), ...reads]));
		});
	}
	const queue = [...read];
	while (queue.length > 0) {
		for (const name of readsOf.get(/** @type {string} */ (queue.pop())) ?? []) {
			if (read.has(name)) continue;
			read.add(name);
			queue.push(name);
		}
	}
	return read;
}

/**
 * `css` without the declarations of custom properties not in `read`, nor the rules and at-rules left empty.
 * @param {string} css
 * @param {Set<string>} read
 */
export function withoutUnreadVariables(css, read) {
	const root = postcss.parse(css);
	root.walkDecls((decl) => {
		if (decl.prop.startsWith('--') && !read.has(decl.prop)) decl.remove();
	});
	removeEmpty(root);
	return root.toString();
}

/**
 * `css` with each SVG image it inlines (`url("data:image/svg+xml,…")`) as a file: `write(name, svg)` is given
 * the image's markup and a name made from it, and returns the URL that replaces the inline one.
 * @param {string} css
 * @param {(name: string, svg: string) => string} write
 */
export function withImageFiles(css, write) {
	return css.replace(INLINE_SVG, (...groups) => {
		// The parameters (`;charset=utf8`, `;base64`) and the data, in whichever quotes the URL is written.
		const [parameters = '', data = ''] = /** @type {(string | undefined)[]} */ (groups.slice(1, 7)).filter(
			(part) => part !== undefined
		);
		const svg = parameters.includes(';base64')
			? Buffer.from(data, 'base64').toString('utf8')
			: decodeURIComponent(data);
		const name = `dsfr-${createHash('sha256').update(svg).digest('hex').slice(0, 12)}.svg`;
		return `url("${write(name, svg)}")`;
	});
}

/**
 * Rules, then at-rules, left without content; innermost first, so that an at-rule emptied by its children's
 * removal goes too.
 * @param {import('postcss').Root} root
 */
function removeEmpty(root) {
	root.walkRules((rule) => {
		if (rule.nodes.length === 0) rule.remove();
	});
	let emptied = true;
	while (emptied) {
		emptied = false;
		root.walkAtRules((atRule) => {
			if (atRule.nodes && atRule.nodes.length === 0) {
				atRule.remove();
				emptied = true;
			}
		});
	}
}

/**
 * The files of the DSFR sheets `texts` import (`@gouvfr/dsfr/dist/…min.css`).
 * @param {string[]} texts
 * @param {string} root
 * @returns {string[]}
 */
function importedSheets(texts, root) {
	const names = new Set(texts.flatMap((text) => [...text.matchAll(SHEET_IMPORT)].map((m) => m[0])));
	return [...names].map((name) => path.join(root, 'node_modules', name));
}

/** @param {string} dir */
function sourceTexts(dir) {
	const texts = [];
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile() && SOURCES.test(entry.name)) {
			texts.push(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
		}
	}
	return texts;
}

/** @returns {import('vite').Plugin} */
export function dsfrPlugin() {
	let building = false;
	/** @type {Vocabulary | null} */
	let words = null;
	/** @type {string[] | null} */
	let texts = null;
	/** @type {Set<string> | null} */
	let read = null;
	let root = process.cwd();
	/**
	 * Writes an image taken out of the sheet at `file`, and returns its path from the sheet's folder (the
	 * bundler resolves it as the sheet's own image, and emits it).
	 * @param {string} file @param {string} name @param {string} svg
	 */
	const imageFile = (file, name, svg) => {
		const dir = path.join(root, IMAGE_DIR);
		mkdirSync(dir, { recursive: true });
		writeFileSync(path.join(dir, name), svg);
		return path.relative(path.dirname(file), path.join(dir, name)).split(path.sep).join('/');
	};
	/** Each sheet without its legacy part and its unused rules, made once (it is read twice). */
	/** @type {Map<string, string | null>} */
	const purged = new Map();
	const codeTexts = () =>
		(texts ??= [
			...sourceTexts(path.join(root, 'src')),
			readFileSync(path.join(root, 'src/app.html'), 'utf8')
		]);
	/** @param {string} file */
	const purgedSheet = (file) => {
		if (!purged.has(file)) {
			const css = withoutLegacy(file);
			words ??= vocabulary(codeTexts());
			purged.set(
				file,
				css === null ? null : withImageFiles(purge(css, words), (name, svg) => imageFile(file, name, svg))
			);
		}
		return purged.get(file) ?? null;
	};
	return {
		name: 'qep-dsfr',
		enforce: 'pre',
		// An SVG a style sheet names stays a file (the bundler inlines small files by default).
		config: () => ({
			build: { assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined) }
		}),
		configResolved(config) {
			building = config.command === 'build';
			root = config.root;
		},
		load(id) {
			const file = id.split('?')[0] ?? id;
			if (!building) return withoutLegacy(file);
			const css = purgedSheet(file);
			if (css === null) return null;
			// Which custom properties stay is decided from every DSFR sheet the code imports and from the code,
			// before the bundler names the files after their contents.
			read ??= readVariables(
				importedSheets(codeTexts(), root).flatMap((sheet) => purgedSheet(sheet) ?? []),
				codeTexts()
			);
			return withoutUnreadVariables(css, read);
		}
	};
}
