// Security headers on every response (see lib/security-headers.js). The built page's inline start-up
// script is hashed from the public folder PocketBase serves (its --publicDir flag), again whenever the
// page changes (a new build deployed without a restart).
{
	const flag = $app.rootCmd.persistentFlags().lookup('publicDir');
	$app.store().set('qep.publicDir', flag ? flag.value.string() : '');
}

routerUse((e) => {
	const { areaOf, DOCUMENT_ONLY, hexToBase64, inlineScripts, securityHeaders } = require(
		`${__hooks}/lib/security-headers.js`
	);
	const store = $app.store();
	const page = `${store.get('qep.publicDir')}/index.html`;
	let hashes = [];
	let stamp = 'none';
	try {
		stamp = String($os.stat(page).modTime().unixNano());
	} catch {
		// no built app in the public folder (API-only test servers): no inline script to allow
	}
	const cached = store.get('qep.scriptHashes');
	if (cached && cached.stamp === stamp) hashes = cached.hashes;
	else {
		if (stamp !== 'none') {
			const html = toString($os.readFile(page));
			hashes = inlineScripts(html).map((script) => `sha256-${hexToBase64($security.sha256(script))}`);
		}
		store.set('qep.scriptHashes', { stamp, hashes });
	}
	const area = areaOf(e.request.url.path);
	const headers = securityHeaders({
		scriptHashes: hashes,
		https: ($os.getenv('APP_URL') || '').startsWith('https://'),
		area
	});
	const out = e.response.header();
	if (area === 'asset') for (const name of DOCUMENT_ONLY) out.del(name);
	for (const name of Object.keys(headers)) out.set(name, headers[name]);
	return e.next();
});
