// Completes each built page's list of modules to preload. SvelteKit names in a page's head the modules its
// route imports statically, but its walk of the bundle (find_deps in @sveltejs/kit's build/utils.js, 2.70)
// marks a module as seen when it first meets it behind a dynamic import, and then leaves it out when a
// static import reaches it later. Since the public pages load the device's storage on demand, such modules
// were missing from /avis's head: fetched one round trip late, after the route's code had arrived.
// This adds, after a page's last modulepreload link, every module statically reachable from those it
// already names (Vite's client manifest gives the imports), and nothing behind a dynamic import.

const PRELOAD = /<link href="\/([^"]+)" rel="modulepreload">/g;

/**
 * The page with the missing modulepreload links added (unchanged when none is missing).
 * `manifest`: Vite's client manifest (`.vite/manifest.json`), keyed by source, with `file` and `imports`.
 * @param {string} html
 * @param {Record<string, { file: string, imports?: string[] }>} manifest
 * @returns {string}
 */
export function completePreloads(html, manifest) {
	const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
	const named = [...html.matchAll(PRELOAD)];
	if (named.length === 0) return html;
	const present = new Set(named.map((match) => match[1]));
	const reachable = new Set();
	const queue = [...present];
	while (queue.length > 0) {
		const chunk = byFile.get(/** @type {string} */ (queue.pop()));
		for (const key of chunk?.imports ?? []) {
			const file = manifest[key]?.file;
			if (!file || reachable.has(file)) continue;
			reachable.add(file);
			queue.push(file);
		}
	}
	const missing = [...reachable].filter((file) => !present.has(file)).sort();
	if (missing.length === 0) return html;
	const last = /** @type {RegExpMatchArray} */ (named.at(-1));
	const at = /** @type {number} */ (last.index) + last[0].length;
	const indent = html.slice(html.lastIndexOf('\n', last.index) + 1, last.index);
	const links = missing.map((file) => `\n${indent}<link href="/${file}" rel="modulepreload">`).join('');
	return html.slice(0, at) + links + html.slice(at);
}
