import { registerSW } from 'virtual:pwa-register';

/** Registers the service worker that precaches the app shell, fonts and icons for offline use. */
export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	registerSW({ immediate: true });
}
