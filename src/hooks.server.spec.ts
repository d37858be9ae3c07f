import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { PUBLIC_READS } from '$lib/pb/public-reads';
import { PRELOADS_MARK, handle } from './hooks.server';

/** The HTML `handle` writes for a page, from a shell with the mark. */
async function pageAt(pathname: string): Promise<string> {
	const shell = `<head>\n\t\t${PRELOADS_MARK}\n\t\t<link href="/_app/start.js" rel="modulepreload"></head>`;
	let written = '';
	await handle({
		event: { url: new URL(`http://localhost${pathname}`) } as RequestEvent,
		resolve: async (_event: RequestEvent, options?: ResolveOptions) => {
			written = String(await options?.transformPageChunk?.({ html: shell, done: true }));
			return new Response(written);
		}
	});
	return written;
}

describe('handle (build time)', () => {
	it('writes the page’s data preloads where app.html marks them, before its code', async () => {
		const html = await pageAt('/avis');
		expect(html).not.toContain(PRELOADS_MARK);
		expect(html.indexOf(PUBLIC_READS.sites.replaceAll('&', '&amp;'))).toBeGreaterThan(0);
		expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf('modulepreload'));
	});

	it('leaves no mark and no preload on a page that reads nothing first', async () => {
		const html = await pageAt('/mentions-legales');
		expect(html).not.toContain(PRELOADS_MARK);
		expect(html).not.toContain('rel="preload"');
	});
});
