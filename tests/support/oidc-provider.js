// An OpenID Connect provider for the tests that behaves like ProConnect (the State's federation), built on
// the maintained `oidc-provider` library, on loopback: authorization code flow for one confidential client,
// PKCE (S256) required, `nonce` required, ProConnect's scopes and claims (no `email_verified`), userinfo
// answered as a signed JWT (`application/jwt`), access tokens living 60 s, RP-initiated logout
// (end_session_endpoint with id_token_hint). The sign-in step is the library's development form: any login
// naming an account of IDENTITIES signs in as that account (the password is not checked).
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer } from 'node:http';
import { freePort } from '../../scripts/lib/pocketbase.js';
// @ts-expect-error -- the library ships no type declarations
import Provider, { errors } from 'oidc-provider';
import { IDENTITIES } from './oidc-identities.js';

export { IDENTITIES, claireStaff } from './oidc-identities.js';

/** ProConnect's scopes and the claims each releases (https://partenaires.proconnect.gouv.fr docs). */
const CLAIMS = {
	openid: ['sub'],
	// ProConnect never sends `email_verified`; a generic provider may, false for an address nobody checked.
	email: ['email', 'email_verified'],
	given_name: ['given_name'],
	usual_name: ['usual_name'],
	uid: ['uid'],
	siret: ['siret'],
	idp_id: ['idp_id'],
	// A generic provider's (Keycloak, Entra ID): ProConnect has no `profile` scope.
	profile: ['given_name', 'family_name']
};

/**
 * Sign-ins as Claire whose id_token the provider spoils on its way out of the token endpoint, signed again
 * with its own key, so that only the claims are wrong: another nonce than the one sent, another audience
 * than this service, or a token that expired half an hour ago. By login, like IDENTITIES.
 * @type {Record<string, (claims: Record<string, unknown>, now: number) => Record<string, unknown>>}
 */
export const SPOILED_ID_TOKENS = {
	'claire-nonce': (claims) => ({ ...claims, nonce: 'pas-le-nonce-envoye' }),
	'claire-audience': (claims) => ({ ...claims, aud: 'un-autre-service', azp: 'un-autre-service' }),
	'claire-expire': (claims, now) => ({ ...claims, iat: now - 3600, exp: now - 1800 })
};

/** The identity a login signs in as: one of IDENTITIES, or Claire for a spoiled login. */
function identityOf(/** @type {string} */ login) {
	if (Object.hasOwn(SPOILED_ID_TOKENS, login)) return IDENTITIES.claire;
	return Object.hasOwn(IDENTITIES, login) ? IDENTITIES[/** @type {keyof typeof IDENTITIES} */ (login)] : null;
}

/** A fresh signing key for this run: id_tokens and userinfo JWTs are signed with RS256 as ProConnect's. */
function signingKey() {
	const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const jwks = {
		keys: [{ ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: 'test-rs256' }]
	};
	return { privateKey, jwks };
}

/**
 * The id_token with its claims changed by `spoil`, signed again with the provider's key (RS256).
 * @param {string} idToken
 * @param {(claims: Record<string, unknown>, now: number) => Record<string, unknown>} spoil
 * @param {import('node:crypto').KeyObject} privateKey
 */
function respoiled(idToken, spoil, privateKey) {
	const [header = '', payload = ''] = idToken.split('.');
	const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
	const spoiled = Buffer.from(JSON.stringify(spoil(claims, Math.floor(Date.now() / 1000)))).toString(
		'base64url'
	);
	const signature = sign('sha256', Buffer.from(`${header}.${spoiled}`), privateKey).toString('base64url');
	return `${header}.${spoiled}.${signature}`;
}

/**
 * The end of the session at the provider without a question: ProConnect signs the agent out and sends them
 * back at once; the library would ask "sign out?" first. The form the library made is sent as is, confirmed.
 * @param {any} ctx the library's context (untyped) @param {string} form
 */
function logoutAtOnce(ctx, form) {
	const confirmed = form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>');
	ctx.body = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Déconnexion</title></head>
<body>${confirmed}<script>document.forms[0].submit()</script></body></html>`;
}

const client = { clientId: 'qualite-test', clientSecret: 'secret-du-fournisseur-de-test-0123456789' };

/**
 * PocketBase's environment for the provider that will listen on `port`: pick the port with freePort() and
 * start PocketBase first, since the provider needs PocketBase's callback address.
 * @param {number} port
 */
export function oidcEnv(port) {
	return {
		OIDC_ISSUER: `http://127.0.0.1:${port}`,
		OIDC_CLIENT_ID: client.clientId,
		OIDC_CLIENT_SECRET: client.clientSecret
	};
}

/**
 * Starts the provider on 127.0.0.1:`port` for the client whose callback is `redirectUri`. `userinfo`: `jwt`
 * (ProConnect's signed answer) or `json` (a prefecture's Keycloak or Entra ID).
 * @param {{ port: number, redirectUri: string, postLogoutRedirectUri: string, userinfo?: 'jwt' | 'json' }} options
 */
export async function startOidcProvider({ port, redirectUri, postLogoutRedirectUri, userinfo = 'jwt' }) {
	const issuer = oidcEnv(port).OIDC_ISSUER;
	const { privateKey, jwks } = signingKey();
	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: client.clientId,
				client_secret: client.clientSecret,
				redirect_uris: [redirectUri],
				post_logout_redirect_uris: [postLogoutRedirectUri],
				response_types: ['code'],
				grant_types: ['authorization_code'],
				token_endpoint_auth_method: 'client_secret_post',
				id_token_signed_response_alg: 'RS256',
				...(userinfo === 'jwt' ? { userinfo_signed_response_alg: 'RS256' } : {})
			}
		],
		jwks,
		cookies: { keys: ['oidc-provider-test-cookie-key'] },
		pkce: { required: () => true },
		scopes: Object.keys(CLAIMS),
		claims: CLAIMS,
		// ProConnect refuses an authorization request without a nonce, in the code flow too.
		extraParams: {
			/** @param {unknown} _ctx @param {string | undefined} value */
			nonce(_ctx, value) {
				if (!value) throw new errors.InvalidRequest('nonce is required');
			}
		},
		features: {
			devInteractions: { enabled: true },
			// Claims asked in the id_token itself (a test makes a long id_token so).
			claimsParameter: { enabled: true },
			jwtUserinfo: { enabled: true },
			rpInitiatedLogout: { enabled: true, logoutSource: logoutAtOnce }
		},
		ttl: {
			AccessToken: 60,
			AuthorizationCode: 60,
			IdToken: 60,
			Interaction: 600,
			Session: 3600,
			Grant: 3600
		},
		/** @param {unknown} _ctx @param {string} id */
		findAccount(_ctx, id) {
			const claims = identityOf(id);
			if (!claims) return undefined;
			return { accountId: id, claims: async () => ({ sub: `sub-${id}`, ...claims }) };
		},
		// ProConnect asks no consent of an agent: the grant is made at sign-in.
		/** @param {any} ctx the library's context (untyped) */
		async loadExistingGrant(ctx) {
			const grantId =
				ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
			if (grantId) return ctx.oidc.provider.Grant.find(grantId);
			const grant = new ctx.oidc.provider.Grant({
				clientId: ctx.oidc.client.clientId,
				accountId: ctx.oidc.session.accountId
			});
			grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(' '));
			if (ctx.oidc.requestParamClaims) grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
			await grant.save();
			return grant;
		}
	});
	/** The media type of each userinfo answer, in order: what the tests' server was given to read. */
	const userinfoTypes = /** @type {string[]} */ ([]);
	// After the token endpoint answered: a spoiled login's id_token leaves with its claims changed.
	provider.use(async (/** @type {any} */ ctx, /** @type {() => Promise<void>} */ next) => {
		await next();
		if (ctx.path === '/me') userinfoTypes.push(String(ctx.response.type));
		const idToken = ctx.path === '/token' ? ctx.body?.id_token : undefined;
		if (typeof idToken !== 'string') return;
		const sub = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')).sub;
		const spoil = SPOILED_ID_TOKENS[String(sub).replace(/^sub-/, '')];
		if (spoil) ctx.body = { ...ctx.body, id_token: respoiled(idToken, spoil, privateKey) };
	});
	const server = createServer(provider.callback());
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(undefined));
	});
	return {
		issuer,
		...client,
		userinfoTypes,
		stop: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve(undefined));
			})
	};
}

/**
 * Starts PocketBase (`startServer`, given the environment that points it at the provider) and then the
 * provider, on a free port, for that PocketBase's callback and sign-out addresses; PocketBase needs the
 * provider's address and the provider PocketBase's, so the port is chosen first. Stops PocketBase when the
 * provider does not start.
 * @template {{ url: string, stop: () => Promise<unknown> }} S
 * @param {(env: Record<string, string>) => Promise<S>} startServer
 * @param {{ env?: Record<string, string>, userinfo?: 'jwt' | 'json' }} [options]
 */
export async function startWithProvider(startServer, { env = {}, userinfo } = {}) {
	const port = await freePort();
	const server = await startServer({ ...oidcEnv(port), ...env });
	try {
		const provider = await startOidcProvider({
			port,
			redirectUri: `${server.url}/api/qep/oidc/callback`,
			postLogoutRedirectUri: `${server.url}/connexion`,
			userinfo
		});
		return { server, provider };
	} catch (error) {
		await server.stop();
		throw error;
	}
}

/**
 * What a browser does in a sign-in, over plain HTTP: keeps cookies (by name, for 127.0.0.1, which both
 * servers share; cookies ignore ports) and follows redirects one at a time, so a test can stop at any of
 * them. Not a general cookie jar: no domains, paths or expiry dates beyond `Max-Age=0`/`Expires` in the past.
 */
export class TestBrowser {
	/** @type {Map<string, string>} */
	cookies = new Map();

	/** The cookie header this browser sends. */
	get cookieHeader() {
		return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
	}

	/**
	 * One request, no redirect followed; remembers the cookies it sets. `form` or `json`: a POST with that body.
	 * @param {string} url
	 * @param {{ form?: Record<string, string>, json?: unknown, headers?: Record<string, string> }} [options]
	 */
	async request(url, { form, json, headers = {} } = {}) {
		const type = form ? 'application/x-www-form-urlencoded' : json === undefined ? null : 'application/json';
		const response = await fetch(url, {
			method: type ? 'POST' : 'GET',
			redirect: 'manual',
			headers: { cookie: this.cookieHeader, ...(type ? { 'content-type': type } : {}), ...headers },
			body: form
				? new URLSearchParams(form).toString()
				: json === undefined
					? undefined
					: JSON.stringify(json)
		});
		for (const line of response.headers.getSetCookie()) {
			const [pair = '', ...attributes] = line.split(';');
			const name = pair.slice(0, pair.indexOf('=')).trim();
			const value = pair.slice(pair.indexOf('=') + 1).trim();
			const expired = attributes.some((a) => {
				const [key = '', val = ''] = a.trim().split('=');
				if (key.toLowerCase() === 'max-age') return Number(val) <= 0;
				if (key.toLowerCase() === 'expires') return Date.parse(val) <= Date.now();
				return false;
			});
			if (expired || value === '') this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
		const location = response.headers.get('location');
		return { response, location: location === null ? null : new URL(location, url).href };
	}

	/**
	 * Follows redirects from `url` until one points at a URL starting with `stopAt` (returned, not requested)
	 * or a page answers without redirecting (then `location` is null).
	 * @param {string} url
	 * @param {string} stopAt
	 */
	async follow(url, stopAt) {
		let next = url;
		for (let hops = 0; hops < 10; hops++) {
			const { response, location } = await this.request(next);
			if (!location) return { response, url: next, location: null };
			if (location.startsWith(stopAt)) return { response, url: next, location };
			next = location;
		}
		throw new Error(`more than 10 redirects from ${url}`);
	}

	/**
	 * Starts a sign-in at PocketBase and signs in at the provider as `login` (a key of IDENTITIES), up to the
	 * provider's redirect back: returns the callback URL, not yet requested. `tamper` may change the
	 * authorization request on its way to the provider (what an attacker in the middle would do).
	 * @param {string} pbUrl
	 * @param {string} login
	 * @param {(authorization: URL) => void} [tamper]
	 */
	async signInAtProvider(pbUrl, login, tamper = () => {}) {
		const callback = `${pbUrl}/api/qep/oidc/callback`;
		const started = await this.request(`${pbUrl}/api/qep/oidc/start`);
		if (!started.location) throw new Error(`the sign-in did not start (${started.response.status})`);
		const authorization = new URL(started.location);
		tamper(authorization);
		const atForm = await this.follow(authorization.href, callback);
		if (atForm.location) throw new Error(`the provider refused at once: ${atForm.location}`);
		if (!/name="login"/.test(await atForm.response.text()))
			throw new Error('no sign-in form at the provider');
		const submitted = await this.request(atForm.url, { form: { prompt: 'login', login, password: 'any' } });
		if (!submitted.location) throw new Error(`the provider's form answered ${submitted.response.status}`);
		const back = await this.follow(submitted.location, callback);
		if (!back.location)
			throw new Error(`the provider did not send back to PocketBase (${back.response.status})`);
		return back.location;
	}

	/**
	 * Signs out through PocketBase's logout route, confirming at the provider's page (ProConnect asks
	 * nothing; the library asks once): returns the provider's end_session URL and where it sent back to.
	 * @param {string} pbUrl
	 */
	async signOutAtProvider(pbUrl) {
		const { location: endSession } = await this.request(`${pbUrl}/api/qep/oidc/logout`, {
			headers: { 'sec-fetch-site': 'same-origin' }
		});
		if (!endSession) throw new Error('the logout route did not redirect');
		const page = await this.request(endSession);
		const html = await page.response.text();
		const action = /action="([^"]+)"/.exec(html)?.[1];
		const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
		if (!action || !xsrf) return { endSession, back: page.location };
		const confirmed = await this.request(new URL(action, endSession).href, { form: { xsrf, logout: 'yes' } });
		return { endSession, back: confirmed.location };
	}
}
