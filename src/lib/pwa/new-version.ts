/**
 * What to do when a service worker other than the page's own takes over: reload, once, only if the server
 * now serves another version of the app than the one this page runs.
 *
 * The service worker library reloads the page whenever a worker it did not register itself activates. On a
 * first visit through several pages, the worker installed by an earlier page activates under a later one,
 * which the library cannot tell from an update: the page reloaded for nothing, and what the visitor had
 * typed was gone. A real new version still reloads (its files replace this page's in the cache); offline,
 * the version cannot be asked for and the page stays as it is.
 */
export async function reloadIfNewVersion(
	newVersionDeployed: () => Promise<boolean>,
	reload: () => void
): Promise<void> {
	if (await newVersionDeployed().catch(() => false)) reload();
}
