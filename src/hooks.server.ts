// The server side runs only at build time, when SvelteKit writes each public page's HTML (prerendering; the
// app itself is served as static files). Each page gets the preload links of the data it reads before it
// can draw its content (lib/pb/public-reads), where app.html marks their place.
import type { Handle } from '@sveltejs/kit';
import { preloadLinks } from '$lib/pb/public-reads';

/** Where app.html wants the preload links: before the page's code, so that the data is asked for first. */
export const PRELOADS_MARK = '<!-- data preloads -->';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace(PRELOADS_MARK, () => preloadLinks(event.url.pathname))
	});
