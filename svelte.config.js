import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// SPA: PocketBase serves build/ as its public folder and falls back to index.html on unknown paths.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true }),
		// Offline deep links load assets from the root, not from /deep/link/_app/.
		paths: { relative: false },
		// The PWA plugin registers the service worker itself (see src/lib/pwa).
		serviceWorker: { register: false }
	}
};

export default config;
