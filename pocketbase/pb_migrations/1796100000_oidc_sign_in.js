// Staff sign-in through an OpenID Connect provider (pb_hooks/lib/oidc-routes.js): the provider's callback
// is a sign-in attempt, limited per address: 60 a minute, not password sign-ins' 10, since a prefecture's
// agents reach us from one shared exit address, and a callback cannot guess anything (it needs the
// browser's flow cookie and a code the provider issued after its own sign-in).
const RULE = { label: '/api/qep/oidc/callback', audience: '@guest', duration: 60, maxRequests: 60 };

migrate(
	(app) => {
		const settings = app.settings();
		// Plain objects: the engine turns them into PocketBase's rules.
		settings.rateLimits.rules = /** @type {core.RateLimitRule[]} */ ([RULE, ...settings.rateLimits.rules]);
		app.save(settings);
	},
	(app) => {
		const settings = app.settings();
		settings.rateLimits.rules = settings.rateLimits.rules.filter((rule) => rule.label !== RULE.label);
		app.save(settings);
	}
);
