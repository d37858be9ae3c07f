// Security headers on every response (see lib/security-headers.js). The built pages' inline scripts are
// hashed from the app's shell in the public folder PocketBase serves (its --publicDir flag), again whenever
// it changes (a new build deployed without a restart). Every page the build makes has the same inline
// scripts as the shell (scripts/lib/page-scripts.js checks it after each build).
{
	const flag = $app.rootCmd.persistentFlags().lookup('publicDir');
	$app.store().set('qep.publicDir', flag ? flag.value.string() : '');
}

routerUse((e) => {
	const { areaOf, DOCUMENT_ONLY, hexToBase64, inlineScripts, securityHeaders } = require(
		`${__hooks}/lib/security-headers.js`
	);
	const { SPA_PAGE } = require(`${__hooks}/lib/static-files.js`);
	const store = $app.store();
	const page = `${store.get('qep.publicDir')}/${SPA_PAGE}`;
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
	if (area === 'asset' || area === 'picture') for (const name of DOCUMENT_ONLY) out.del(name);
	for (const name of Object.keys(headers)) out.set(name, headers[name]);
	return e.next();
});
