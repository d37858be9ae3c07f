/**
 * What to do when a service worker other than the page's own takes over: reload, once, unless the server
 * is known to serve the very version of the app this page runs.
 *
 * The service worker library reloads the page whenever a worker it did not register itself activates. On a
 * first visit through several pages, the worker installed by an earlier page activates under a later one,
 * which the library cannot tell from an update: the page reloaded for nothing, and what the visitor had
 * typed was gone. A new version still reloads (its files replace this page's in the worker's cache), and so
 * does a page that cannot ask which version is served (the network dropped just then): the new worker has
 * the whole app, this page's own lazily loaded files may be gone from it.
 */
export async function reloadUnlessSameVersion(
	deployed: () => Promise<string>,
	running: string,
	reload: () => void
): Promise<void> {
	const same = await deployed().then(
		(version) => version === running,
		() => false
	);
	if (!same) reload();
}

/** The version of the app the server serves now: SvelteKit's version file, never from a cache. */
export async function deployedVersion(fetcher: typeof fetch = fetch): Promise<string> {
	const response = await fetcher('/_app/version.json', { cache: 'no-store' });
	if (!response.ok) throw new Error(`The version file answered ${response.status}.`);
	const body: unknown = await response.json();
	const version = (body as { version?: unknown } | null)?.version;
	if (typeof version !== 'string') throw new Error('The version file names no version.');
	return version;
}
