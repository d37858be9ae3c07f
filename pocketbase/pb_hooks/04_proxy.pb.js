// The reverse proxy's header with the visitor's address (TRUSTED_PROXY_HEADERS, TRUSTED_PROXY_LEFTMOST),
// applied to PocketBase's trusted-proxy settings at every start, so rate limits count visitors, not the
// proxy (lib/proxy-settings.js).
onBootstrap((e) => {
	e.next();
	const { applyTrustedProxy } = require(`${__hooks}/lib/proxy-settings.js`);
	applyTrustedProxy(e.app, (name) => $os.getenv(name));
});
