/** The app's version, as built (package.json's), for the kiosk's health report. */
export function appVersion(): string {
	return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
}
