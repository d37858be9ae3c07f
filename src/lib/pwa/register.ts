import { registerSW } from 'virtual:pwa-register';
import { updated } from '$app/state';
import { reloadIfNewVersion } from './new-version';

/** Registers the service worker that precaches the app shell, fonts and icons for offline use. */
export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	registerSW({
		immediate: true,
		onNeedReload: () =>
			void reloadIfNewVersion(
				() => updated.check(),
				() => window.location.reload()
			)
	});
}
