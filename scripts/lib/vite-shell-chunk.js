// One chunk for the code that every page runs before it shows anything (SvelteKit's client, the root layout
// and what it imports statically), instead of the dozens of small chunks the bundler makes by default for
// code shared by different sets of pages: on a weak network each request is a round trip.
//
// The message catalogue's index re-exports every message: the shell takes the messages its own code names
// (`m.key`), not all of them, so that each page's messages stay with the page.
const ROOT_LAYOUT = /[\\/]generated[\\/]client(?:-optimized)?[\\/]nodes[\\/][01]\.js$/;
const KIT_ENTRIES =
	/[\\/](?:@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js|generated[\\/]client(?:-optimized)?[\\/]app\.js)$/;
const CATALOGUE = /[\\/]src[\\/]lib[\\/]i18n[\\/]generated[\\/]messages\.ts$/;
const OTHER_MESSAGES = /[\\/]src[\\/]lib[\\/]i18n[\\/]generated[\\/]messages[\\/]/;
const MESSAGE_USE = /\bm\.([a-z][a-z0-9_]*)\b/g;

/**
 * @typedef {{ importedIds: readonly string[], isEntry: boolean, code?: string | null }} Info
 */

/**
 * The modules of the shell: those reached from `roots` by static imports (the entries excepted), without
 * passing through the catalogue's index, plus the message modules (`<catalogue dir>/messages/<key>.ts`) that
 * their code names.
 * @param {string[]} roots
 * @param {(id: string) => Info | null} infoOf
 */
export function shellModules(roots, infoOf) {
	const seen = new Set(roots);
	const queue = [...roots];
	/** @type {string | undefined} */
	let catalogue;
	while (queue.length > 0) {
		const info = infoOf(/** @type {string} */ (queue.pop()));
		for (const imported of info?.importedIds ?? []) {
			if (CATALOGUE.test(imported)) catalogue = imported;
			if (seen.has(imported) || CATALOGUE.test(imported)) continue;
			seen.add(imported);
			queue.push(imported);
		}
	}
	const shell = new Set([...seen].filter((id) => !infoOf(id)?.isEntry));
	if (catalogue) {
		const folder = catalogue.replace(/messages\.ts$/, 'messages/');
		for (const id of [...shell]) {
			for (const [, key] of (infoOf(id)?.code ?? '').matchAll(MESSAGE_USE)) shell.add(`${folder}${key}.ts`);
		}
	}
	return shell;
}

/** @returns {import('vite').Plugin} */
export function shellChunkPlugin() {
	/** @type {Set<string>} */
	let shell = new Set();
	return {
		name: 'qep-shell-chunk',
		apply: 'build',
		config: () => ({
			build: {
				rolldownOptions: {
					output: {
						codeSplitting: {
							groups: [
								{ name: 'shell', test: (id) => shell.has(id) },
								// The other messages, grouped by the pages that show them, in chunks of a few kilobytes
								// rather than one per message.
								{ name: 'words', test: OTHER_MESSAGES, entriesAware: true, entriesAwareMergeThreshold: 2_000 }
							]
						}
					}
				}
			}
		}),
		buildEnd() {
			const roots = [...this.getModuleIds()].filter((id) => ROOT_LAYOUT.test(id) || KIT_ENTRIES.test(id));
			shell = shellModules(roots, (id) => this.getModuleInfo(id));
		}
	};
}
