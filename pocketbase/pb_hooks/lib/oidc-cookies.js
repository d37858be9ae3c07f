// The sign-in's cookies. Where the app's address is https, each is a `__Host-` cookie (RFC 6265bis §4.1.3.2:
// Secure, Path=/, no Domain), which no subdomain nor plain-http page can set or shadow; on the loopback http
// of the tests and of development, the plain name, limited to the sign-in's routes.

const ROUTES_PATH = '/api/qep/oidc';

/** The name, path and Secure flag of the cookie called `name`. Pure. */
function cookieShape(name, https) {
	return https
		? { name: `__Host-${name}`, path: '/', secure: true }
		: { name, path: ROUTES_PATH, secure: false };
}

module.exports = { cookieShape };
