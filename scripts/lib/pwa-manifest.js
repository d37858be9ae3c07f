/**
 * Web app manifest: installable on the lobby tablets and on phones.
 * @type {Partial<import('vite-plugin-pwa').ManifestOptions>}
 */
export const pwaManifest = {
	name: 'Qual-e-pref — votre avis sur l’accueil en préfecture',
	short_name: 'Qual-e-pref',
	description: 'Questionnaires de satisfaction, réclamations et suggestions des usagers de la préfecture.',
	lang: 'fr',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	background_color: '#ffffff',
	theme_color: '#000091',
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
		{ src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
		{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }
	]
};
