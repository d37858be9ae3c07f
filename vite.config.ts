import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';
import { pwaManifest } from './scripts/lib/pwa-manifest.js';
import { dsfrPlugin } from './scripts/lib/vite-dsfr.js';
import { messagesPlugin } from './scripts/lib/vite-i18n.js';
import { shellChunkPlugin } from './scripts/lib/vite-shell-chunk.js';
import staticFiles from './pocketbase/pb_hooks/lib/static-files.js';

const { SPA_PAGE } = staticFiles;

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
	version: string;
};

// Under vitest, messages are already compiled (`npm run i18n`) and no service worker is built.
const testing = Boolean(process.env.VITEST);

const appPlugins = () => [
	messagesPlugin(),
	dsfrPlugin(),
	shellChunkPlugin(),
	SvelteKitPWA({
		registerType: 'autoUpdate',
		injectRegister: false,
		manifest: pwaManifest,
		// The app's shell (200.html) is precached under its name: offline, it answers every route. The public
		// pages' own files are not precached (the shell does their work offline).
		kit: { adapterFallback: SPA_PAGE, spa: { fallbackMapping: `/${SPA_PAGE}` } },
		workbox: {
			// A kiosk must work offline right after its first visit: the new worker takes the page at once.
			clientsClaim: true,
			skipWaiting: true,
			cleanupOutdatedCaches: true,
			// Every route is the SPA shell.
			navigateFallback: `/${SPA_PAGE}`,
			globIgnores: ['prerendered/**'],
			navigateFallbackDenylist: [/^\/api\//, /^\/_\//],
			globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest}']
		}
	})
];

export default defineConfig({
	plugins: [sveltekit(), ...(testing ? [] : appPlugins())],
	define: { __APP_VERSION__: JSON.stringify(version) },
	server: {
		// `npm run dev`: the API is PocketBase's, on its own port.
		proxy: { '/api': process.env.PB_DEV_URL ?? 'http://127.0.0.1:8090' }
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'pocketbase/pb_hooks/lib/**/*.spec.js', 'scripts/**/*.spec.js'],
					setupFiles: ['src/lib/test/served-files.ts'],
					// Budgets that catch a hang, not a busy machine: on a 2-core CI running other jobs, tests that
					// take 1–2 s (the calendar oracle, fake-indexeddb) and a fresh import in a beforeEach (3–4 s)
					// ran close to vitest's 5 s and 10 s defaults. The property test sets its own budget.
					testTimeout: 20_000,
					hookTimeout: 30_000
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					environment: 'node',
					include: ['tests/integration/**/*.test.ts'],
					globalSetup: ['tests/integration/global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000,
					// One PocketBase for the whole run; files share it and create their own data.
					fileParallelism: false
				}
			}
		]
	}
});
