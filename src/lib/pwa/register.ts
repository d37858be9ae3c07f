import { registerSW } from 'virtual:pwa-register';
import { version } from '$app/environment';
import { deployedVersion, reloadUnlessSameVersion } from './new-version';

/** Registers the service worker that precaches the app shell, fonts and icons for offline use. */
export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	registerSW({
		immediate: true,
		onNeedReload: () =>
			void reloadUnlessSameVersion(
				() => deployedVersion(),
				version,
				() => window.location.reload()
			)
	});
}
