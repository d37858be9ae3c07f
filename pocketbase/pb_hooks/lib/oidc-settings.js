// Staff sign-in through the State's (ProConnect) or the prefecture's OpenID Connect provider, from the
// environment: OIDC_ISSUER (the provider's endpoints come from its discovery document), OIDC_CLIENT_ID,
// OIDC_CLIENT_SECRET, and optionally OIDC_DISPLAY_NAME and OIDC_SCOPES. The flow itself is ours
// (lib/oidc-routes.js), not PocketBase's `oidc` provider, which cannot read ProConnect's JWT userinfo nor
// match an account without `email_verified`: one way in, so PocketBase's OAuth2 stays off.

const REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'];
/** The settings of the previous version, which named three endpoints instead of the issuer. */
const REPLACED = ['OIDC_AUTH_URL', 'OIDC_TOKEN_URL', 'OIDC_USERINFO_URL'];
/** ProConnect's scopes (it has no `profile` scope, and no `email_verified` claim). */
const DEFAULT_SCOPES = 'openid email given_name usual_name uid siret';

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** An https address, or http on this machine (a provider for tests or development): never plain http across a network. */
function isSafeProviderUrl(url) {
	const match = /^(https?):\/\/([^\s/?#:]+|\[[^\]\s]+\])(:\d+)?([/?#]\S*)?$/i.exec(String(url ?? ''));
	if (!match) return false;
	return match[1].toLowerCase() === 'https' || LOOPBACK_HOST.test(match[2]);
}

/**
 * The provider's settings, or null when none of the required variables is set. Throws when they are half
 * set (naming what is missing), when the issuer is not https (except on this machine), when the scopes
 * lack `openid`, and when the previous version's endpoint variables are still there.
 */
function oidcConfigFromEnv(getenv) {
	const stale = REPLACED.filter((name) => getenv(name));
	if (stale.length > 0)
		throw new Error(
			`${stale.join(', ')} are no longer read: set OIDC_ISSUER to the provider's issuer instead`
		);
	const missing = REQUIRED.filter((name) => !getenv(name));
	if (missing.length === REQUIRED.length) return null;
	if (missing.length > 0) throw new Error(`OpenID Connect is half configured: ${missing.join(', ')} missing`);
	const issuer = getenv('OIDC_ISSUER').trim();
	if (!isSafeProviderUrl(issuer))
		throw new Error(`OIDC_ISSUER must be an https:// address (http only on this machine): ${issuer}`);
	const scopes = (getenv('OIDC_SCOPES') || DEFAULT_SCOPES).trim().split(/\s+/);
	if (!scopes.includes('openid')) throw new Error(`OIDC_SCOPES must include openid: ${scopes.join(' ')}`);
	return {
		issuer,
		clientId: getenv('OIDC_CLIENT_ID'),
		clientSecret: getenv('OIDC_CLIENT_SECRET'),
		displayName: (getenv('OIDC_DISPLAY_NAME') || '').trim() || 'OpenID Connect',
		scopes: scopes.join(' ')
	};
}

/**
 * Checks the settings at start (throws when half set) and switches PocketBase's own OAuth2 off on the staff
 * collection, which the previous version turned on. True when a provider is configured.
 */
function applyOidcSettings(app, getenv) {
	const config = oidcConfigFromEnv(getenv);
	let staff;
	try {
		staff = app.findCollectionByNameOrId('staff');
	} catch {
		return config !== null; // not migrated yet (the `migrate` command itself bootstraps the app)
	}
	if (staff.oauth2.enabled) {
		staff.oauth2.enabled = false;
		staff.oauth2.providers = [];
		app.save(staff);
	}
	return config !== null;
}

module.exports = { DEFAULT_SCOPES, isSafeProviderUrl, oidcConfigFromEnv, applyOidcSettings };
