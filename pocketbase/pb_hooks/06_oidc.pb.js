// Staff sign-in through an OpenID Connect provider when the environment configures one
// (lib/oidc-settings.js); the flow is lib/oidc-routes.js.
onBootstrap((e) => {
	e.next();
	const { applyOidcSettings } = require(`${__hooks}/lib/oidc-settings.js`);
	applyOidcSettings(e.app, (name) => $os.getenv(name));
});

routerAdd('GET', '/api/qep/oidc', (e) => require(`${__hooks}/lib/oidc-routes.js`).handleInfo(e));
routerAdd('GET', '/api/qep/oidc/start', (e) => require(`${__hooks}/lib/oidc-routes.js`).handleStart(e));
routerAdd('GET', '/api/qep/oidc/callback', (e) => require(`${__hooks}/lib/oidc-routes.js`).handleCallback(e));
routerAdd('POST', '/api/qep/oidc/session', (e) => require(`${__hooks}/lib/oidc-routes.js`).handleSession(e));
routerAdd('GET', '/api/qep/oidc/logout', (e) => require(`${__hooks}/lib/oidc-routes.js`).handleLogout(e));
