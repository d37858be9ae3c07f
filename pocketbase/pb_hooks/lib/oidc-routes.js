// Staff sign-in through an OpenID Connect provider (ProConnect, or a prefecture's Keycloak or Entra ID):
// the authorization code flow with PKCE (S256), state and nonce, run by the server.
//   GET /api/qep/oidc           → { enabled, displayName }: whether the sign-in page offers the button
//   GET /api/qep/oidc/start     → 302 to the provider's authorization endpoint
//   GET /api/qep/oidc/callback  → 302 to /connexion/proconnect#code=… (a one-time code, worth a minute, and
//                                 only with the cookie set alongside: lib/oidc-handoff.js), or to
//                                 /connexion?oidc=no_account|state|claims|provider, with no session.
//   POST /api/qep/oidc/session  → { token }: the PocketBase auth token for { code } and this browser's cookie.
//   GET /api/qep/oidc/logout    → 302 to the provider's end_session_endpoint with id_token_hint, back to
//                                 /connexion (or straight there when there is nothing to end, or when
//                                 another site sent the browser here).
//
// The id_token's signature is not verified: the hooks' engine verifies HS256 only ($security.parseJWT), not
// RS256/ES256 against the provider's JWKS. The id_token and the userinfo answer come straight from the
// provider's token and userinfo endpoints over TLS (https is required, lib/oidc-settings.js), which OpenID
// Connect Core 1.0 §3.1.3.7 (6) allows in place of the signature check; their claims are checked
// (lib/oidc-claims.js).

/* global Cookie -- the engine's cookie type */
const lib = (name) => require(`${__hooks}/lib/${name}`);

const SIGN_IN = '/connexion';
const LANDING = '/connexion/proconnect';
const CALLBACK_PATH = '/api/qep/oidc/callback';
/** Kept for the sign-out at the provider (id_token_hint): HttpOnly, so no script of the page reads it. */
const ID_TOKEN_COOKIE = 'qep_oidc_id';
const FLOW_KEY = 'qep.oidc.flowKey';
/** Longer query values are junk: a provider's code and our state are far shorter. */
const MAX_PARAM_LENGTH = 2048;
/** Browsers drop a cookie past 4096 bytes with its name and attributes: the sign-out at the provider would fail. */
const MAX_ID_TOKEN_COOKIE = 4000;
/** SameSite values of the engine's cookie type (Go's http.SameSite). */
const LAX = 2;
const STRICT = 3;

const nowSeconds = () => Math.floor(Date.now() / 1000);
const configOf = () => lib('oidc-settings.js').oidcConfigFromEnv((name) => $os.getenv(name));
const appUrlOf = (app) => String(app.settings().meta.appURL || '').replace(/\/+$/, '');

/**
 * The server's key for the flow cookie: random at each start of PocketBase (an unfinished sign-in simply
 * restarts). Made once under the store's lock: two first sign-ins at once get the same key.
 */
function flowKey(app) {
	return app.store().getOrSet(FLOW_KEY, () => $security.randomString(32));
}

const cookieShapeOf = (app, name) =>
	lib('oidc-cookies.js').cookieShape(name, appUrlOf(app).startsWith('https://'));

/** An HttpOnly cookie of the sign-in; Lax by default: sent with the provider's redirect back, a top-level GET. */
function cookie(app, name, value, maxAge, sameSite = LAX) {
	return new Cookie({ ...cookieShapeOf(app, name), value, maxAge, httpOnly: true, sameSite });
}

/** GET /api/qep/oidc: whether the sign-in page offers the provider, and under which name. */
function handleInfo(e) {
	const config = configOf();
	return e.json(200, { enabled: config !== null, displayName: config ? config.displayName : null });
}

/** GET /api/qep/oidc/start: a new state, nonce and PKCE verifier, kept in the flow cookie; off to the provider. */
function handleStart(e) {
	const config = configOf();
	if (!config) return e.json(404, { message: 'OpenID Connect is not configured.' });
	let endpoints;
	try {
		endpoints = lib('oidc-provider-calls.js').endpointsOf(e.app, config);
	} catch (err) {
		e.app.logger().warn('OpenID Connect: the provider cannot be reached', 'error', String(err));
		return e.redirect(302, `${SIGN_IN}?oidc=provider`);
	}
	const { sealFlow, FLOW_COOKIE, FLOW_TTL_SECONDS } = lib('oidc-flow-cookie.js');
	const { withQuery, s256Challenge } = lib('oidc-url.js');
	const flow = {
		state: $security.randomString(32),
		nonce: $security.randomString(32),
		verifier: $security.randomString(64)
	};
	const key = flowKey(e.app);
	const sealed = sealFlow(flow, nowSeconds(), (text) => $security.encrypt(text, key));
	e.setCookie(cookie(e.app, FLOW_COOKIE, sealed, FLOW_TTL_SECONDS));
	return e.redirect(
		302,
		withQuery(endpoints.authorization, {
			response_type: 'code',
			client_id: config.clientId,
			redirect_uri: appUrlOf(e.app) + CALLBACK_PATH,
			scope: config.scopes,
			state: flow.state,
			nonce: flow.nonce,
			code_challenge: s256Challenge($security.sha256(flow.verifier)),
			code_challenge_method: 'S256'
		})
	);
}

/** A request cookie's value, or '' (the engine throws when there is none). */
function cookieValue(e, name) {
	try {
		return e.request.cookie(cookieShapeOf(e.app, name).name).value;
	} catch {
		return '';
	}
}

/** The one staff account with this e-mail, whatever its letter case, or null (accounts are never created). */
function staffByEmail(app, email) {
	const { queryRows } = lib('query-rows.js');
	const rows = queryRows(
		app,
		'SELECT id FROM staff WHERE email = {:email} COLLATE NOCASE LIMIT 2',
		{ email },
		{ id: '' }
	);
	return rows.length === 1 ? app.findRecordById('staff', rows[0].id) : null;
}

/**
 * GET /api/qep/oidc/callback: the flow cookie's state must be the one returned (and is spent at once), the code
 * is exchanged with the verifier and the client secret, the id_token's and userinfo's claims are checked,
 * then the staff account with the provider's e-mail signs in.
 */
function handleCallback(e) {
	const { FLOW_COOKIE, openFlow } = lib('oidc-flow-cookie.js');
	const refuse = (code, why) => {
		e.app.logger().warn('OpenID Connect sign-in refused', 'code', code, 'why', why);
		return e.redirect(302, `${SIGN_IN}?oidc=${code}`);
	};
	const config = configOf();
	if (!config) return e.json(404, { message: 'OpenID Connect is not configured.' });
	const query = e.request.url.query();
	const [code, state, error, iss] = ['code', 'state', 'error', 'iss'].map((name) => query.get(name));
	const sealed = cookieValue(e, FLOW_COOKIE);
	e.setCookie(cookie(e.app, FLOW_COOKIE, '', -1)); // one use, whatever follows
	if ([code, state, error, iss].some((value) => value.length > MAX_PARAM_LENGTH))
		return refuse('state', 'too long');
	const key = flowKey(e.app);
	const flow = openFlow(sealed, state, nowSeconds(), {
		open: (text) => {
			// The engine's decrypt panics on less than a GCM nonce and tag (28 bytes): junk is refused first.
			if (!/^[A-Za-z0-9+/]{40,}={0,2}$/.test(text)) throw new Error('not a sealed flow');
			return toString($security.decrypt(text, key));
		},
		equal: (a, b) => $security.equal(a, b)
	});
	if (!flow) return refuse('state', sealed ? 'state mismatch or expired' : 'no flow cookie');
	if (error) return refuse('provider', `the provider answered ${error}`);

	const { endpointsOf, exchangeCode, fetchUserinfo } = lib('oidc-provider-calls.js');
	let endpoints, tokens, idClaims, userinfo;
	try {
		endpoints = endpointsOf(e.app, config);
	} catch (err) {
		return refuse('provider', String(err));
	}
	// RFC 9207: a provider that names itself in the response must be ours, and must name itself when it says so.
	if (!code || (iss && iss !== config.issuer)) return refuse('provider', 'no code, or another issuer');
	if (endpoints.issParameter && !iss) return refuse('provider', 'no iss, which the provider promises');
	try {
		tokens = exchangeCode(config, endpoints, {
			code,
			verifier: flow.verifier,
			redirectUri: appUrlOf(e.app) + CALLBACK_PATH
		});
	} catch (err) {
		return refuse('provider', String(err));
	}
	const { idTokenProblem, userinfoProblem, emailUnverified, emailOf } = lib('oidc-claims.js');
	try {
		// Not $security.parseUnverifiedJWT: it checks the times with no leeway, before our skew could apply.
		idClaims = lib('oidc-jwt.js').jwtClaims(tokens.id_token);
	} catch (err) {
		return refuse('claims', `id_token: ${err}`);
	}
	const expected = {
		issuer: config.issuer,
		clientId: config.clientId,
		nonce: flow.nonce,
		nowSeconds: nowSeconds()
	};
	const idProblem = idTokenProblem(idClaims, expected);
	if (idProblem) return refuse('claims', `id_token ${idProblem}`);
	try {
		userinfo = fetchUserinfo(endpoints, tokens.access_token);
	} catch (err) {
		return refuse('provider', String(err));
	}
	const infoProblem = userinfoProblem(userinfo, idClaims, expected);
	if (infoProblem) return refuse('claims', `userinfo ${infoProblem}`);
	if (emailUnverified(userinfo, idClaims)) return refuse('claims', 'email_verified is not true');
	const email = emailOf(userinfo, idClaims);
	const staff = email ? staffByEmail(e.app, email) : null;
	if (!staff) return refuse('no_account', 'no staff account has that e-mail');

	const lifetime = staff.collection().authToken.duration;
	const tooLong = 'OpenID Connect: the id_token is too long for a cookie; no sign-out at the provider';
	if (tokens.id_token.length > MAX_ID_TOKEN_COOKIE)
		e.app.logger().warn(tooLong, 'length', tokens.id_token.length);
	e.setCookie(cookie(e.app, ID_TOKEN_COOKIE, tokens.id_token, lifetime));
	const { HANDOFF_COOKIE, HANDOFF_TTL_SECONDS, holdToken } = lib('oidc-handoff.js');
	const held = holdToken(e.app, staff.newAuthToken());
	e.setCookie(cookie(e.app, HANDOFF_COOKIE, held.binding, HANDOFF_TTL_SECONDS, STRICT));
	return e.redirect(302, `${LANDING}#code=${held.code}`);
}

/**
 * POST /api/qep/oidc/session { code }: the PocketBase token the callback held under that code for this
 * browser (its handoff cookie), once; 401 otherwise. The cookie goes at the first try too.
 */
function handleSession(e) {
	const { HANDOFF_COOKIE, takeToken } = lib('oidc-handoff.js');
	const binding = cookieValue(e, HANDOFF_COOKIE);
	e.setCookie(cookie(e.app, HANDOFF_COOKIE, '', -1, STRICT));
	let code;
	try {
		code = String(e.requestInfo().body.code ?? '');
	} catch {
		code = '';
	}
	const token = takeToken(e.app, code, binding);
	if (!token) return e.json(401, { message: 'This sign-in code is spent, stale or not for this browser.' });
	return e.json(200, { token });
}

/**
 * GET /api/qep/oidc/logout: the agent signs out at the provider too (OpenID Connect RP-Initiated Logout
 * 1.0), with the id_token kept at sign-in as the hint ProConnect requires. The page has already dropped
 * its PocketBase token; this ends the provider's session, or the agent would be signed in again at once.
 */
function handleLogout(e) {
	const config = configOf();
	// No provider (any more): a device that signed in through it before simply lands on the sign-in page.
	if (!config) return e.redirect(302, SIGN_IN);
	// A GET another site can send the browser to (logout CSRF): only this app's pages, or the address bar,
	// end the session. No header at all: a browser older than Fetch Metadata, let through.
	const site = e.request.header.get('Sec-Fetch-Site');
	if (site && site !== 'same-origin' && site !== 'none') return e.redirect(302, SIGN_IN);
	const idToken = cookieValue(e, ID_TOKEN_COOKIE);
	e.setCookie(cookie(e.app, ID_TOKEN_COOKIE, '', -1));
	let endSession = null;
	try {
		endSession = lib('oidc-provider-calls.js').endpointsOf(e.app, config).endSession;
	} catch (err) {
		e.app.logger().warn('OpenID Connect: the provider cannot be reached', 'error', String(err));
	}
	if (!endSession || !idToken || idToken.length > 8192) return e.redirect(302, SIGN_IN);
	const { withQuery } = lib('oidc-url.js');
	return e.redirect(
		302,
		withQuery(endSession, {
			id_token_hint: idToken,
			post_logout_redirect_uri: appUrlOf(e.app) + SIGN_IN,
			state: $security.randomString(32)
		})
	);
}

module.exports = { handleInfo, handleStart, handleCallback, handleSession, handleLogout };
