// Staff sign-in through the State's or the prefecture's OpenID Connect provider, from the environment:
// OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_AUTH_URL, OIDC_TOKEN_URL, OIDC_USERINFO_URL, OIDC_DISPLAY_NAME.
// Only accounts an admin created can sign in that way: the staff collection's create rule (admins only)
// also stops OAuth2 from creating accounts.

const REQUIRED = [
	'OIDC_CLIENT_ID',
	'OIDC_CLIENT_SECRET',
	'OIDC_AUTH_URL',
	'OIDC_TOKEN_URL',
	'OIDC_USERINFO_URL'
];

/** The `oidc` provider's settings, or null when OIDC_CLIENT_ID is not set. Throws when it is half set. */
function oidcProviderFromEnv(getenv) {
	if (!getenv('OIDC_CLIENT_ID')) return null;
	const missing = REQUIRED.filter((name) => !getenv(name));
	if (missing.length > 0) throw new Error(`OpenID Connect is half configured: ${missing.join(', ')} missing`);
	for (const name of ['OIDC_AUTH_URL', 'OIDC_TOKEN_URL', 'OIDC_USERINFO_URL'])
		if (!/^https?:\/\/\S+$/.test(getenv(name))) throw new Error(`${name} is not a URL: ${getenv(name)}`);
	return {
		name: 'oidc',
		clientId: getenv('OIDC_CLIENT_ID'),
		clientSecret: getenv('OIDC_CLIENT_SECRET'),
		authURL: getenv('OIDC_AUTH_URL'),
		tokenURL: getenv('OIDC_TOKEN_URL'),
		userInfoURL: getenv('OIDC_USERINFO_URL'),
		displayName: getenv('OIDC_DISPLAY_NAME') || 'OpenID Connect',
		pkce: true
	};
}

/** Turns the staff collection's OAuth2 sign-in on with that provider (or leaves it as it is). */
function applyOidcSettings(app, getenv) {
	const provider = oidcProviderFromEnv(getenv);
	if (!provider) return false;
	let staff;
	try {
		staff = app.findCollectionByNameOrId('staff');
	} catch {
		return false; // not migrated yet (the `migrate` command itself bootstraps the app)
	}
	staff.oauth2.enabled = true;
	staff.oauth2.providers = [provider];
	app.save(staff);
	return true;
}

module.exports = { oidcProviderFromEnv, applyOidcSettings };
