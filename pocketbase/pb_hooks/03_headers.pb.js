/// <reference path="../../pb_data/types.d.ts" />
// Security headers on every response (see lib/security-headers.js). The built page's inline start-up
// script is hashed once per process, from the public folder PocketBase serves (its --publicDir flag).
{
	const flag = $app.rootCmd.persistentFlags().lookup('publicDir');
	$app.store().set('qep.publicDir', flag ? flag.value.string() : '');
}

routerUse((e) => {
	const store = $app.store();
	let hashes = store.get('qep.scriptHashes');
	if (!hashes) {
		const { hexToBase64, inlineScripts } = require(`${__hooks}/lib/security-headers.js`);
		hashes = [];
		try {
			const html = toString($os.readFile(`${store.get('qep.publicDir')}/index.html`));
			hashes = inlineScripts(html).map((script) => `sha256-${hexToBase64($security.sha256(script))}`);
		} catch {
			// no built app in the public folder (API-only test servers): no inline script to allow
		}
		store.set('qep.scriptHashes', hashes);
	}
	const { securityHeaders } = require(`${__hooks}/lib/security-headers.js`);
	const headers = securityHeaders({
		scriptHashes: hashes,
		https: ($os.getenv('APP_URL') || '').startsWith('https://'),
		dashboard: e.request.url.path === '/_' || e.request.url.path.startsWith('/_/')
	});
	const out = e.response.header();
	for (const name of Object.keys(headers)) out.set(name, headers[name]);
	return e.next();
});
