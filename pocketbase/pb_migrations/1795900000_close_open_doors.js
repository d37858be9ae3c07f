// Doors nobody uses are doors an attacker uses:
// - PocketBase's default `users` auth collection let anyone open an account, whose token escaped the
//   anonymous rate limits; the product signs staff in through `staff` and kiosks through `kiosks`.
// - Signed-in callers (a kiosk's token sits on a tablet in a public hall) had no limit of their own on
//   the complaint and tracking routes: they get one, wide enough for a kiosk draining its backlog.
// - Staff could rewrite a visitor's suggestion (text, e-mail, day, site) through the record API, with no
//   trace. A visitor's words are never edited.
migrate(
	(app) => {
		try {
			app.delete(app.findCollectionByNameOrId('users'));
		} catch {
			// already gone (a database made without it)
		}
		const suggestions = app.findCollectionByNameOrId('suggestions');
		suggestions.updateRule = null;
		suggestions.deleteRule = null;
		app.save(suggestions);

		const settings = app.settings();
		// Plain objects: the engine turns them into PocketBase's rules.
		settings.rateLimits.rules = /** @type {core.RateLimitRule[]} */ ([
			{ label: '/api/qep/complaints', audience: '@auth', duration: 60, maxRequests: 60 },
			{ label: '/api/qep/track', audience: '@auth', duration: 60, maxRequests: 30 },
			...settings.rateLimits.rules
		]);
		app.save(settings);
	},
	// Going back leaves both closed: reopening a door is a decision, not an undo.
	() => {}
);
