// App settings that the product depends on: batch API (sync engine), rate limits (anonymous
// submissions), and sensible mail sender defaults. SMTP itself is configured per deployment.
migrate(
	(app) => {
		const settings = app.settings();
		settings.meta.appName = 'Qual-e-pref';
		settings.meta.hideControls = true;
		settings.batch.enabled = true;
		settings.batch.maxRequests = 100;
		settings.batch.timeout = 10;
		settings.batch.maxBodySize = 8 * 1024 * 1024;
		settings.rateLimits.enabled = true;
		// Plain objects: the engine turns them into PocketBase's rules.
		settings.rateLimits.rules = /** @type {core.RateLimitRule[]} */ ([
			// Sign-in attempts from one address (password guessing).
			{ label: '*:auth', audience: '@guest', duration: 60, maxRequests: 10 },
			// Anonymous submissions: a lobby tablet sends through its own kiosk account, not as a guest.
			{ label: '*:create', audience: '@guest', duration: 10, maxRequests: 20 },
			{ label: '/api/batch', audience: '@guest', duration: 1, maxRequests: 3 },
			{ label: '/api/', audience: '', duration: 10, maxRequests: 300 }
		]);
		app.save(settings);
	},
	(app) => {
		const settings = app.settings();
		settings.batch.enabled = false;
		settings.rateLimits.enabled = false;
		app.save(settings);
	}
);
