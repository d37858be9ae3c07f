// The rights of persons (RGPD art. 15–17, 21; pb_hooks/16_rights.pb.js):
// - a citizen may ask from the tracking page that their item be erased; while an administrator holds it,
//   the request waits (erasure_requested_at, set once in SQL, and a trail event `erasure_requested`) and
//   the retention job erases it once the hold has ended;
// - an administrator corrects a contact (trail: `corrected`, the names of the fields only) or erases an
//   item or a suggestion at once; a suggestion keeps when and why (anonymised_at, anonymised_reason);
// - the citizen's erasure route has its own per-address limits, as tight as tracking's.
// The new fields are sealed like the others: only the routes and the job write them, in SQL.
const ERASE = '/api/qep/track/erase';
migrate(
	(app) => {
		const complaints = app.findCollectionByNameOrId('complaints');
		complaints.fields.add(new DateField({ name: 'erasure_requested_at' }));
		app.save(complaints);
		const suggestions = app.findCollectionByNameOrId('suggestions');
		suggestions.fields.add(new DateField({ name: 'anonymised_at' }));
		suggestions.fields.add(new TextField({ name: 'anonymised_reason', max: 500 }));
		app.save(suggestions);
		const events = app.findCollectionByNameOrId('complaint_events');
		const type = events.fields.getByName('type');
		type.values = [...type.values, 'corrected', 'erasure_requested'];
		app.save(events);

		const settings = app.settings();
		// Plain objects: the engine turns them into PocketBase's rules.
		settings.rateLimits.rules = /** @type {core.RateLimitRule[]} */ ([
			{ label: ERASE, audience: '@guest', duration: 60, maxRequests: 10 },
			{ label: ERASE, audience: '@auth', duration: 60, maxRequests: 30 },
			...settings.rateLimits.rules
		]);
		app.save(settings);
	},
	(app) => {
		const complaints = app.findCollectionByNameOrId('complaints');
		complaints.fields.removeByName('erasure_requested_at');
		app.save(complaints);
		const suggestions = app.findCollectionByNameOrId('suggestions');
		suggestions.fields.removeByName('anonymised_at');
		suggestions.fields.removeByName('anonymised_reason');
		app.save(suggestions);
		const events = app.findCollectionByNameOrId('complaint_events');
		const type = events.fields.getByName('type');
		type.values = type.values.filter((v) => v !== 'corrected' && v !== 'erasure_requested');
		app.save(events);
		const settings = app.settings();
		settings.rateLimits.rules = settings.rateLimits.rules.filter((rule) => rule.label !== ERASE);
		app.save(settings);
	}
);
