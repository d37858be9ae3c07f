// Complaints and suggestions come in through POST /api/qep/complaints only: the route checks each item,
// gives a complaint its reference, receipt and deadline and its `received` event in one transaction, and
// acknowledges it by e-mail. So direct record creation is closed. Complaints gain their attachments,
// the language of the acknowledgement and its outcome; tracking looks complaints up by token hash.
/* global FileField, SelectField */
migrate(
	(app) => {
		const complaints = app.findCollectionByNameOrId('complaints');
		complaints.fields.add(
			new FileField({
				name: 'attachments',
				maxSelect: 3,
				maxSize: 5242880,
				mimeTypes: ['application/pdf', 'image/jpeg', 'image/png'],
				// Personal data: served only with a file token to those who may view the complaint.
				protected: true
			})
		);
		complaints.fields.add(new SelectField({ name: 'language', maxSelect: 1, values: ['fr', 'en'] }));
		complaints.fields.add(
			new SelectField({
				name: 'ack_status',
				maxSelect: 1,
				values: ['sent', 'failed', 'not_requested', 'not_configured']
			})
		);
		complaints.addIndex(
			'idx_complaints_tracking_token_hash',
			true,
			'tracking_token_hash',
			"tracking_token_hash != ''"
		);
		complaints.createRule = null;
		app.save(complaints);

		const suggestions = app.findCollectionByNameOrId('suggestions');
		suggestions.createRule = null;
		app.save(suggestions);

		const settings = app.settings();
		// Plain objects: the engine turns them into PocketBase's rules.
		settings.rateLimits.rules = /** @type {core.RateLimitRule[]} */ ([
			{ label: '/api/qep/complaints', audience: '@guest', duration: 60, maxRequests: 6 },
			{ label: '/api/qep/track', audience: '@guest', duration: 60, maxRequests: 10 },
			...settings.rateLimits.rules
		]);
		app.save(settings);
	},
	// Going back leaves record creation closed: reopening it is a decision, not an undo.
	(app) => {
		const complaints = app.findCollectionByNameOrId('complaints');
		for (const name of ['attachments', 'language', 'ack_status']) complaints.fields.removeByName(name);
		complaints.removeIndex('idx_complaints_tracking_token_hash');
		app.save(complaints);
		const settings = app.settings();
		settings.rateLimits.rules = settings.rateLimits.rules.filter(
			(rule) => rule.label !== '/api/qep/complaints' && rule.label !== '/api/qep/track'
		);
		app.save(settings);
	}
);
