// The provider's endpoints, read from its discovery document (OpenID Connect Discovery 1.0): one setting,
// OIDC_ISSUER, instead of one per endpoint, and a provider that moves an endpoint needs no new setting.

const { isSafeProviderUrl } = require(
	typeof __hooks === 'string' ? `${__hooks}/lib/oidc-settings.js` : './oidc-settings.js'
);

/** Where the discovery document of `issuer` is (Discovery 1.0 §4: the issuer, then the well-known path). */
function discoveryUrl(issuer) {
	return `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
}

/**
 * The endpoints the sign-in uses, from a parsed discovery document. Throws when the document names another
 * issuer (Discovery 1.0 §4.3: it MUST be identical), lacks an endpoint, or points somewhere unsafe (plain
 * http off this machine, or anything but https under an https issuer). `issParameter`: whether the callback
 * must carry `iss` (RFC 9207).
 * `tokenAuth`: how the client secret travels to the token endpoint (`client_secret_basic` is the default
 * when the provider lists none, RFC 8414 §2; in the form when the provider accepts it, as ProConnect).
 */
function endpointsFrom(doc, issuer) {
	if (!doc || typeof doc !== 'object') throw new Error('the discovery document is not a JSON object');
	if (doc.issuer !== issuer) throw new Error(`the discovery document names another issuer: ${doc.issuer}`);
	// An https issuer's endpoints are https too: no loopback or plain-http endpoint slipped into its document.
	const httpsOnly = /^https:/i.test(issuer);
	const safe = (url) => isSafeProviderUrl(url) && (!httpsOnly || /^https:\/\//i.test(url));
	const endpoints = {};
	for (const [key, name] of [
		['authorization', 'authorization_endpoint'],
		['token', 'token_endpoint'],
		['userinfo', 'userinfo_endpoint']
	]) {
		if (!safe(doc[name])) throw new Error(`the discovery document's ${name} is missing or unsafe`);
		endpoints[key] = doc[name];
	}
	endpoints.endSession = safe(doc.end_session_endpoint) ? doc.end_session_endpoint : null;
	// RFC 9207 §3: a provider that says it names itself in its authorization responses must be held to it.
	endpoints.issParameter = doc.authorization_response_iss_parameter_supported === true;
	// Array-like: the engine hands JSON arrays over as Go slices.
	const listed = doc.token_endpoint_auth_methods_supported;
	const methods = listed && typeof listed.length === 'number' ? Array.from(listed) : ['client_secret_basic'];
	endpoints.tokenAuth = methods.includes('client_secret_post') ? 'client_secret_post' : 'client_secret_basic';
	return endpoints;
}

/** How long a read discovery document is trusted, and how long a failed read is not retried. */
const DISCOVERY_TTL_MS = 3600 * 1000;
const FAILED_DISCOVERY_TTL_MS = 30 * 1000;

/** What to keep of a discovery at `nowMs`: `{ endpoints }` when it was read, `{ failure }` (a message) when not. */
function discoveryCacheEntry(issuer, nowMs, outcome) {
	const ttl = outcome.endpoints ? DISCOVERY_TTL_MS : FAILED_DISCOVERY_TTL_MS;
	return { issuer, until: nowMs + ttl, ...outcome };
}

/**
 * The kept discovery for `issuer` that is still fresh at `nowMs` (`{ endpoints }` or `{ failure }`: a provider
 * that is down is not asked again at each request), or null: ask the provider.
 */
function freshDiscovery(cached, issuer, nowMs) {
	if (!cached || cached.issuer !== issuer || !(cached.until > nowMs)) return null;
	return cached.endpoints ? { endpoints: cached.endpoints } : { failure: String(cached.failure) };
}

module.exports = { discoveryUrl, endpointsFrom, discoveryCacheEntry, freshDiscovery };
