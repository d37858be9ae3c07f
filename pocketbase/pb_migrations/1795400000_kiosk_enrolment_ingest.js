// Kiosk enrolment and staff PIN, and survey responses through the ingest route only: the route writes a
// response and its answers together, so direct record creation is closed.
migrate(
	(app) => {
		const kiosks = app.findCollectionByNameOrId('kiosks');
		// sha256 of the one-time enrolment code; the code itself is shown once and never stored.
		kiosks.fields.add(new TextField({ name: 'enrolment_hash', hidden: true, max: 64 }));
		kiosks.fields.add(new DateField({ name: 'enrolment_expires_at', hidden: true }));
		// Salted PBKDF2 hash of the staff PIN, made in the referent's browser, checked offline by the kiosk.
		kiosks.fields.add(new TextField({ name: 'pin_salt', hidden: true, max: 64, pattern: '^[0-9a-f]*$' }));
		kiosks.fields.add(new TextField({ name: 'pin_hash', hidden: true, max: 64, pattern: '^[0-9a-f]*$' }));
		kiosks.fields.add(
			new NumberField({ name: 'pin_iterations', hidden: true, onlyInt: true, min: 0, max: 10000000 })
		);
		kiosks.addIndex('idx_kiosks_enrolment_hash', false, 'enrolment_hash', "enrolment_hash != ''");
		app.save(kiosks);

		const responses = app.findCollectionByNameOrId('survey_responses');
		responses.createRule = null;
		app.save(responses);

		const settings = app.settings();
		// Plain objects: the engine turns them into PocketBase's rules.
		settings.rateLimits.rules = /** @type {core.RateLimitRule[]} */ ([
			{ label: '/api/qep/enrol', audience: '@guest', duration: 60, maxRequests: 30 },
			{ label: '/api/qep/ingest', audience: '@guest', duration: 10, maxRequests: 20 },
			...settings.rateLimits.rules
		]);
		app.save(settings);
	},
	(app) => {
		const kiosks = app.findCollectionByNameOrId('kiosks');
		for (const name of ['enrolment_hash', 'enrolment_expires_at', 'pin_salt', 'pin_hash', 'pin_iterations']) {
			kiosks.fields.removeByName(name);
		}
		kiosks.removeIndex('idx_kiosks_enrolment_hash');
		app.save(kiosks);
		const responses = app.findCollectionByNameOrId('survey_responses');
		responses.createRule = '';
		app.save(responses);
	}
);
