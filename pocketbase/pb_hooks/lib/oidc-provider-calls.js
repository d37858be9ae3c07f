// The sign-in's calls to the provider (lib/oidc-routes.js): its discovery document, its token endpoint, its
// userinfo endpoint. Each throws when the provider fails or answers something else.
/* global $http -- the engine's HTTP client */

const lib = (name) => require(`${__hooks}/lib/${name}`);

const ENDPOINTS_KEY = 'qep.oidc.endpoints';
const HTTP_TIMEOUT_SECONDS = 15;

/**
 * The provider's endpoints, from its discovery document, kept an hour. Throws when it cannot be read, and
 * for 30 seconds after that without asking again.
 */
function endpointsOf(app, config) {
	const store = app.store();
	const { discoveryUrl, endpointsFrom, discoveryCacheEntry, freshDiscovery } = lib('oidc-discovery.js');
	const kept = freshDiscovery(
		store.has(ENDPOINTS_KEY) ? store.get(ENDPOINTS_KEY) : null,
		config.issuer,
		Date.now()
	);
	if (kept && kept.endpoints) return kept.endpoints;
	if (kept) throw new Error(`the discovery failed less than 30 s ago: ${kept.failure}`);
	try {
		const res = $http.send({
			url: discoveryUrl(config.issuer),
			method: 'GET',
			headers: { Accept: 'application/json' },
			timeout: HTTP_TIMEOUT_SECONDS
		});
		if (res.statusCode !== 200) throw new Error(`the discovery document answered ${res.statusCode}`);
		const endpoints = endpointsFrom(res.json, config.issuer);
		store.set(ENDPOINTS_KEY, discoveryCacheEntry(config.issuer, Date.now(), { endpoints }));
		return endpoints;
	} catch (err) {
		store.set(ENDPOINTS_KEY, discoveryCacheEntry(config.issuer, Date.now(), { failure: String(err) }));
		throw err;
	}
}

/** POST to the token endpoint with the code, the PKCE verifier and the client's secret: the tokens, or throws. */
function exchangeCode(config, endpoints, { code, verifier, redirectUri }) {
	const { formBody, basicCredentials } = lib('oidc-url.js');
	const params = {
		grant_type: 'authorization_code',
		code,
		redirect_uri: redirectUri,
		code_verifier: verifier
	};
	const headers = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' };
	if (endpoints.tokenAuth === 'client_secret_post') {
		params.client_id = config.clientId;
		params.client_secret = config.clientSecret;
	} else headers.Authorization = basicCredentials(config.clientId, config.clientSecret);
	const res = $http.send({
		url: endpoints.token,
		method: 'POST',
		body: formBody(params),
		headers,
		timeout: HTTP_TIMEOUT_SECONDS
	});
	const tokens = res.json;
	if (res.statusCode !== 200 || !tokens || typeof tokens.id_token !== 'string' || !tokens.access_token)
		throw new Error(`the token endpoint answered ${res.statusCode}`);
	return tokens;
}

/** GET userinfo: its claims, from a signed JWT (ProConnect) or JSON (generic providers). Throws. */
function fetchUserinfo(endpoints, accessToken) {
	const res = $http.send({
		url: endpoints.userinfo,
		method: 'GET',
		headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/jwt, application/json' },
		timeout: HTTP_TIMEOUT_SECONDS
	});
	if (res.statusCode !== 200) throw new Error(`the userinfo endpoint answered ${res.statusCode}`);
	const type = String(((res.headers && res.headers['Content-Type']) || [''])[0]);
	// Decoded without the engine's zero-leeway time checks: lib/oidc-claims.js checks what matters.
	return /^application\/jwt\b/i.test(type) ? lib('oidc-jwt.js').jwtClaims(toString(res.body)) : res.json;
}

module.exports = { endpointsOf, exchangeCode, fetchUserinfo };
