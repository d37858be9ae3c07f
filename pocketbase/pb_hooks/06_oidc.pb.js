// Staff sign-in through an OpenID Connect provider when the environment configures one (lib/oidc-settings.js).
onBootstrap((e) => {
	e.next();
	const { applyOidcSettings } = require(`${__hooks}/lib/oidc-settings.js`);
	applyOidcSettings(e.app, (name) => $os.getenv(name));
});
