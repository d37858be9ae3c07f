import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import staticFiles from './pocketbase/pb_hooks/lib/static-files.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// SPA: PocketBase serves build/ as its public folder: the public pages' own files (src/routes/(public)/
		// +layout.ts), and the app's shell (200.html) for every other route.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: staticFiles.SPA_PAGE, strict: true }),
		// Offline deep links load assets from the root, not from /deep/link/_app/.
		paths: { relative: false },
		// Every public page is an entry (no route takes a parameter); their HTML links to nothing to follow
		// but their own code and data (the data's preloads are API addresses, never pages).
		prerender: { crawl: false },
		// The PWA plugin registers the service worker itself (see src/lib/pwa).
		serviceWorker: { register: false }
	}
};

export default config;
